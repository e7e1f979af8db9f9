import Foundation
import Testing
@testable import TandemCore

@Suite struct HealthRulesTests {
    static let matched = instant(2025, 1, 1, 9, in: Zone.utc)

    static func at(days: Double) -> Date { matched.addingTimeInterval(days * 86_400) }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        var firstMeeting: Double?
        var lastCheckIn: Double?
        var nextDue: Double?
        var cadence = 7
        let now: Double
        let expected: RelationshipHealth
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "new pair", now: 3, expected: .healthy),
        Case(name: "no first meeting yet, day 13", now: 13.9, expected: .healthy),
        Case(name: "no first meeting at day 14", cadence: 30, now: 14, expected: .atRisk),
        Case(name: "met on day 2", firstMeeting: 2, lastCheckIn: 2, nextDue: 16, now: 14, expected: .healthy),
        Case(name: "meeting scheduled for later does not count", firstMeeting: 20, cadence: 30, now: 15, expected: .atRisk),
        Case(name: "next check-in overdue", firstMeeting: 1, lastCheckIn: 1, nextDue: 8, now: 8.5, expected: .atRisk),
        Case(name: "check-in due right now is not overdue", firstMeeting: 1, lastCheckIn: 1, nextDue: 8, now: 8, expected: .healthy),
        Case(name: "stalled since last check-in", firstMeeting: 1, lastCheckIn: 1, nextDue: 8, now: 15, expected: .stalled),
        Case(name: "just under twice the cadence", firstMeeting: 1, lastCheckIn: 1, nextDue: 8, now: 14.9, expected: .atRisk),
        Case(name: "stalled since match without check-ins", now: 14, expected: .stalled),
        Case(name: "monthly cadence healthy at day 30", firstMeeting: 1, lastCheckIn: 1, nextDue: 31, cadence: 30, now: 30, expected: .healthy),
        Case(name: "monthly cadence stalled at day 61", firstMeeting: 1, lastCheckIn: 1, cadence: 30, now: 61, expected: .stalled),
    ])
    func evaluates(example: Case) {
        // act
        let health = HealthRules.evaluate(
            matchedAt: Self.matched, firstMeetingAt: example.firstMeeting.map(Self.at),
            lastCheckInAt: example.lastCheckIn.map(Self.at), nextCheckInDue: example.nextDue.map(Self.at),
            cadenceDays: example.cadence, now: Self.at(days: example.now))
        // assert
        #expect(health == example.expected)
    }

    @Test func nonPositiveCadenceDoesNotStallImmediately() {
        let health = HealthRules.evaluate(
            matchedAt: Self.matched, firstMeetingAt: nil, lastCheckInAt: nil, nextCheckInDue: nil,
            cadenceDays: 0, now: Self.at(days: 1))
        #expect(health == .healthy)
    }
}
