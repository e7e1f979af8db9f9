import Foundation
import Testing
@testable import TandemCore

@Suite struct ProgrammeScheduleTests {
    static let schedule = ProgrammeSchedule(
        enrolmentStarts: day("2025-03-01"), matchingStarts: day("2025-03-30"),
        activeStarts: day("2025-04-06"), closingStarts: day("2025-09-01"), endsOn: day("2025-10-01"))

    @Test(arguments: [Zone.berlin, Zone.auckland])
    func eachPhaseStartsAtLocalMidnight(zone: TimeZone) {
        // Berlin changes clocks on 2025-03-30; Auckland on 2025-04-06: both are boundaries here.
        let boundaries: [(LocalDate, ProgrammePhase, ProgrammePhase)] = [
            (day("2025-03-01"), .upcoming, .enrolment),
            (day("2025-03-30"), .enrolment, .matching),
            (day("2025-04-06"), .matching, .active),
            (day("2025-09-01"), .active, .closing),
            (day("2025-10-01"), .closing, .ended),
        ]
        for (date, before, after) in boundaries {
            // arrange
            let midnight = instant(date.year, date.month, date.day, in: zone)
            // act + assert
            #expect(Self.schedule.phase(at: midnight.addingTimeInterval(-1), in: zone) == before)
            #expect(Self.schedule.phase(at: midnight, in: zone) == after)
        }
    }

    @Test func sameInstantIsADifferentPhaseInAnotherZone() {
        // arrange: 2025-03-01 00:00 in Auckland is still 28 February in Berlin.
        let aucklandMidnight = instant(2025, 3, 1, in: Zone.auckland)
        // assert
        #expect(aucklandMidnight == instant(2025, 2, 28, 11, in: Zone.utc))
        #expect(Self.schedule.phase(at: aucklandMidnight, in: Zone.auckland) == .enrolment)
        #expect(Self.schedule.phase(at: aucklandMidnight, in: Zone.berlin) == .upcoming)
    }

    @Test func emptyPhaseIsSkipped() {
        // arrange: matching and active start the same day
        var schedule = Self.schedule
        schedule.matchingStarts = schedule.activeStarts
        // act + assert
        #expect(schedule.phase(at: instant(2025, 4, 6, in: Zone.berlin), in: Zone.berlin) == .active)
        #expect(schedule.phase(at: instant(2025, 4, 5, 23, 59, in: Zone.berlin), in: Zone.berlin) == .enrolment)
    }

    @Test func farFutureIsEnded() {
        #expect(Self.schedule.phase(at: instant(2030, 1, 1, in: Zone.utc), in: Zone.utc) == .ended)
        #expect(Self.schedule.start(of: .closing) == day("2025-09-01"))
        #expect(Self.schedule.start(of: .upcoming) == nil)
    }
}
