import Foundation
import Testing
@testable import TandemCore

@Suite struct ProgrammeTimelineTests {
    static let schedule = ProgrammeSchedule(
        enrolmentStarts: day("2026-02-01"), matchingStarts: day("2026-02-15"), activeStarts: day("2026-03-01"),
        closingStarts: day("2026-04-01"), endsOn: day("2026-04-15"))

    @Test func youAreHereMovesAtLocalMidnight() {
        // arrange: matching starts 15 Feb 00:00 in Auckland
        let before = instant(2026, 2, 14, 23, 59, 59, in: Zone.auckland)
        let after = instant(2026, 2, 15, 0, 0, 0, in: Zone.auckland)
        // act
        let t1 = ProgrammeTimeline(schedule: Self.schedule, now: before, timeZone: Zone.auckland)
        let t2 = ProgrammeTimeline(schedule: Self.schedule, now: after, timeZone: Zone.auckland)
        // assert
        #expect(t1.current == .enrolment)
        #expect(t2.current == .matching)
        #expect(t2.stages.map(\.isCurrent) == [false, true, false, false, false])
        #expect(t2.stages.map(\.isPast) == [true, false, false, false, false])
        #expect(t2.stages[0].lastDay == day("2026-02-14"))
        #expect(t2.stages[4].lastDay == nil)
    }

    @Test func phasesWithNoDaysAreLeftOut() {
        // arrange
        var schedule = Self.schedule
        schedule.matchingStarts = schedule.activeStarts
        // act
        let timeline = ProgrammeTimeline(schedule: schedule, now: instant(2026, 1, 1, in: Zone.utc), timeZone: Zone.utc)
        // assert
        #expect(timeline.stages.map(\.phase) == [.enrolment, .active, .closing, .ended])
        #expect(timeline.current == .upcoming)
        #expect(timeline.stages.filter(\.isCurrent).isEmpty)
    }
}
