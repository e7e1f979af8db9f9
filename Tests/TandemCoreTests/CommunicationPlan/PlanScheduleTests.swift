import Foundation
import Testing
@testable import TandemCore

@Suite struct PlanScheduleTests {
    static let newYork = TimeZone(identifier: "America/New_York")!
    // Active from 1 Mar to 31 Mar (closing starts 1 Apr): DST in New York begins 8 Mar 2026.
    static let schedule = ProgrammeSchedule(
        enrolmentStarts: day("2026-02-01"), matchingStarts: day("2026-02-15"), activeStarts: day("2026-03-01"),
        closingStarts: day("2026-04-01"), endsOn: day("2026-04-15"))

    @Test func sevenDaysBeforeEnrolmentClosesIsNineInTheMorningLocal() throws {
        // act
        let occurrence = try #require(PlanSchedule.occurrence(of: PlanTrigger(.matchingStarts, offsetDays: -7),
                                                              in: Self.schedule, timeZone: Zone.auckland))
        // assert: 8 Feb 09:00 in Auckland (NZDT, UTC+13) is 7 Feb 20:00 UTC
        #expect(occurrence.dueAt == instant(2026, 2, 8, 9, in: Zone.auckland))
        #expect(occurrence.dueAt == instant(2026, 2, 7, 20, in: Zone.utc))
    }

    @Test func dueAtIsNineLocalOnBothSidesOfADaylightSavingChange() throws {
        // arrange: 1 Mar is EST (UTC-5); the mid-point, 16 Mar, is EDT (UTC-4)
        let start = PlanTrigger(.activeStarts)
        let middle = PlanTrigger(.midpoint)
        // act
        let before = try #require(PlanSchedule.occurrence(of: start, in: Self.schedule, timeZone: Self.newYork))
        let after = try #require(PlanSchedule.occurrence(of: middle, in: Self.schedule, timeZone: Self.newYork))
        // assert
        #expect(before.dueAt == instant(2026, 3, 1, 14, in: Zone.utc))
        #expect(after.dueAt == instant(2026, 3, 16, 13, in: Zone.utc))
    }

    @Test func decisionFlipsExactlyAtTheDueInstant() throws {
        // arrange
        let occurrence = try #require(PlanSchedule.occurrence(of: PlanTrigger(.ends, offsetDays: -7),
                                                              in: Self.schedule, timeZone: Zone.auckland))
        let planned = instant(2026, 1, 1, in: Zone.utc)
        let due = instant(2026, 4, 8, 9, in: Zone.auckland)
        // act, assert
        #expect(occurrence.decision(at: due.addingTimeInterval(-1), plannedAt: planned) == .notDue)
        #expect(occurrence.decision(at: due, plannedAt: planned) == .send)
    }

    @Test func validUntilStopsAtTheNextPhaseBoundary() throws {
        // arrange: one day before matching opens, 09:00 on 14 Feb; matching starts 15 Feb 00:00
        let occurrence = try #require(PlanSchedule.occurrence(of: PlanTrigger(.matchingStarts, offsetDays: -1),
                                                              in: Self.schedule, timeZone: Zone.auckland))
        // assert
        #expect(occurrence.validUntil == day("2026-02-15").startInstant(in: Zone.auckland))
        #expect(occurrence.decision(at: occurrence.validUntil.addingTimeInterval(1), plannedAt: .distantPast) == .skip(.expired))
    }

    @Test func validUntilIsTwoDaysWhenNoBoundaryIsNearer() throws {
        // act
        let occurrence = try #require(PlanSchedule.occurrence(of: PlanTrigger(.midpoint), in: Self.schedule, timeZone: Zone.auckland))
        // assert
        #expect(occurrence.validUntil == occurrence.dueAt.addingTimeInterval(2 * 86_400))
    }

    @Test func aMessagePlannedAfterItsMomentIsSkipped() throws {
        // arrange
        let occurrence = try #require(PlanSchedule.occurrence(of: PlanTrigger(.enrolmentStarts), in: Self.schedule, timeZone: Zone.utc))
        // act
        let decision = occurrence.decision(at: occurrence.dueAt.addingTimeInterval(60), plannedAt: occurrence.dueAt.addingTimeInterval(30))
        // assert
        #expect(decision == .skip(.plannedTooLate))
    }

    @Test func aMissedWeekIsOneDecisionNotSeven() throws {
        // arrange: a run a week late sees the same single occurrence, now expired
        let occurrence = try #require(PlanSchedule.occurrence(of: PlanTrigger(.midpoint), in: Self.schedule, timeZone: Zone.utc))
        // act
        let late = occurrence.decision(at: occurrence.dueAt.addingTimeInterval(7 * 86_400), plannedAt: .distantPast)
        // assert
        #expect(late == .skip(.expired))
    }

    @Test func onMatchIsTheMatchInstantAndLaterOnesAreNineLocal() throws {
        // arrange: matched 23:30 on 7 Mar in New York, the evening before DST starts
        let matched = instant(2026, 3, 7, 23, 30, in: Self.newYork)
        // act
        let now = try #require(PlanSchedule.occurrence(of: PlanTrigger(.matched), matchedAt: matched, timeZone: Self.newYork))
        let later = try #require(PlanSchedule.occurrence(of: PlanTrigger(.matched, offsetDays: 14), matchedAt: matched, timeZone: Self.newYork))
        // assert
        #expect(now.dueAt == matched)
        #expect(later.dueAt == instant(2026, 3, 21, 9, in: Self.newYork))
        #expect(later.validUntil == later.dueAt.addingTimeInterval(2 * 86_400))
    }

    @Test func perRelationshipAndProgrammeTriggersDoNotMix() {
        // act, assert
        #expect(PlanSchedule.occurrence(of: PlanTrigger(.matched), in: Self.schedule, timeZone: Zone.utc) == nil)
        #expect(PlanSchedule.occurrence(of: PlanTrigger(.midpoint), matchedAt: Date(), timeZone: Zone.utc) == nil)
    }

    @Test func midpointIsHalfwayThroughTheActivePhase() {
        // act, assert: 1 Mar + 31 days / 2 = 16 Mar
        #expect(PlanSchedule.midpoint(of: Self.schedule) == day("2026-03-16"))
    }
}
