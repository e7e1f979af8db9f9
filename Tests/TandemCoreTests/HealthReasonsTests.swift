import Foundation
import Testing
@testable import TandemCore

/// `HealthRules.assess`: the label with its reasons, at each rule's boundaries.
@Suite struct HealthReasonsTests {
    static let matched = instant(2025, 1, 1, 9, in: Zone.utc)

    static func at(_ days: Double) -> Date { matched.addingTimeInterval(days * 86_400) }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        var firstMeeting: Double?
        var lastCheckIn: Double?
        var nextDue: Double?
        var cadence = 14
        var firstMeetingDays = 14
        let now: Double
        let expected: RelationshipHealth
        let codes: [HealthReason.Code]
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "first-meeting setting 7: day 6.9 fine", cadence: 30, firstMeetingDays: 7, now: 6.9, expected: .healthy, codes: []),
        Case(name: "first-meeting setting 7: day 7 at risk", cadence: 30, firstMeetingDays: 7, now: 7, expected: .atRisk, codes: [.noFirstMeeting]),
        Case(name: "first-meeting setting 21: day 20 fine", cadence: 30, firstMeetingDays: 21, now: 20, expected: .healthy, codes: []),
        Case(name: "first-meeting setting 21: day 21 at risk", cadence: 30, firstMeetingDays: 21, now: 21, expected: .atRisk, codes: [.noFirstMeeting]),
        Case(name: "default 14 days", cadence: 30, now: 14, expected: .atRisk, codes: [.noFirstMeeting]),
        Case(name: "overdue check-in", firstMeeting: 1, lastCheckIn: 1, nextDue: 15, now: 15.5, expected: .atRisk, codes: [.checkInOverdue]),
        Case(name: "stalled keeps the first-meeting reason", cadence: 7, now: 14, expected: .stalled,
             codes: [.noCheckInForTwiceCadence, .noFirstMeeting]),
        Case(name: "stalled after a check-in", firstMeeting: 1, lastCheckIn: 1, nextDue: 15, now: 29, expected: .stalled,
             codes: [.noCheckInForTwiceCadence]),
    ])
    func reasons(example: Case) {
        // arrange
        let signals = HealthSignals(
            matchedAt: Self.matched, firstMeetingAt: example.firstMeeting.map(Self.at), lastCheckInAt: example.lastCheckIn.map(Self.at),
            nextCheckInDue: example.nextDue.map(Self.at), cadenceDays: example.cadence, firstMeetingDays: example.firstMeetingDays)
        // act
        let result = HealthRules.assess(signals, now: Self.at(example.now))
        // assert
        #expect(result.health == example.expected)
        #expect(result.reasons.map(\.code) == example.codes)
        #expect(result.reasons.allSatisfy { !$0.text.isEmpty })
    }

    @Test func theFirstMeetingReasonNamesTheProgrammesSetting() {
        // act
        let result = HealthRules.assess(HealthSignals(matchedAt: Self.matched, cadenceDays: 30, firstMeetingDays: 10), now: Self.at(10))
        // assert
        #expect(result.reasons.first?.text == "No first meeting within 10 days of the match.")
    }

    @Test func aHealthyPairHasNoReasons() {
        // arrange: met yesterday, next check-in in two weeks
        let signals = HealthSignals(matchedAt: Self.matched, firstMeetingAt: Self.at(2), lastCheckInAt: Self.at(2),
                                    nextCheckInDue: Self.at(16), cadenceDays: 14)
        // act
        let result = HealthRules.assess(signals, now: Self.at(3))
        // assert
        #expect(result == .healthy)
    }

    @Test func aQuietSideAndAFallingPulseAreBothReasons() {
        // arrange: met on day 20, the mentor messaged on day 30, the mentee has done nothing since day 10
        let signals = HealthSignals(
            matchedAt: Self.matched, firstMeetingAt: Self.at(20), lastCheckInAt: Self.at(20), nextCheckInDue: Self.at(34),
            cadenceDays: 14,
            sides: [ActivitySide(name: "the mentor", lastActiveAt: [Self.at(30)]), ActivitySide(name: "the mentee", lastActiveAt: [Self.at(10)])],
            pulseScores: [1.0, 0.5])
        // act
        let result = HealthRules.assess(signals, now: Self.at(31))
        // assert
        #expect(result.health == .atRisk)
        #expect(result.reasons.map(\.code) == [.oneSideQuiet, .pulseFalling])
        #expect(result.reasons[0].text == "In the last 14 days, the mentee did nothing while the other side was active.")
    }

    @Test func theOldLabelOnlyEntryPointAgreesWithAssess() {
        // act
        let label = HealthRules.evaluate(matchedAt: Self.matched, firstMeetingAt: nil, lastCheckInAt: nil, nextCheckInDue: nil,
                                         cadenceDays: 30, firstMeetingDays: 5, now: Self.at(5))
        // assert
        #expect(label == .atRisk)
    }
}
