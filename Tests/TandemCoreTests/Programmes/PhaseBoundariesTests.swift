import Foundation
import Testing
@testable import TandemCore

struct PhaseBoundariesTests {
    static let auckland = TimeZone(identifier: "Pacific/Auckland")!
    static let schedule = ProgrammeSchedule(
        enrolmentStarts: LocalDate(iso: "2027-01-04")!, matchingStarts: LocalDate(iso: "2027-02-01")!,
        activeStarts: LocalDate(iso: "2027-02-15")!, closingStarts: LocalDate(iso: "2027-06-01")!,
        endsOn: LocalDate(iso: "2027-06-30")!)

    static func at(_ iso: String) -> Date { try! Date(iso, strategy: .iso8601) }

    @Test func matchingBeginsAtMidnightInTheOrganisationsZone() {
        // 2027-02-01 00:00 in Auckland (UTC+13 in summer) is 2027-01-31 11:00 UTC.
        let before = PhaseBoundaries(schedule: Self.schedule, at: Self.at("2027-01-31T10:59:59Z"), in: Self.auckland)
        let after = PhaseBoundaries(schedule: Self.schedule, at: Self.at("2027-01-31T11:00:00Z"), in: Self.auckland)
        #expect(before.phase == .enrolment)
        #expect(after.phase == .matching)
        #expect(after.phaseBegan == Self.at("2027-01-31T11:00:00Z"))
        #expect(after.noticeIsDue)
    }

    @Test func aNoticeTwoDaysLateIsSkipped() {
        let late = PhaseBoundaries(schedule: Self.schedule, at: Self.at("2027-02-02T11:00:00Z"), in: Self.auckland)
        #expect(late.phase == .matching)
        #expect(!late.noticeIsDue)
    }

    @Test func theEndAsksToCloseForFourteenDaysThenArchives() {
        // 2027-06-30 00:00 in Auckland (UTC+12 in winter) is 2027-06-29 12:00 UTC.
        let justEnded = PhaseBoundaries(schedule: Self.schedule, at: Self.at("2027-06-29T12:00:00Z"), in: Self.auckland)
        let lastGraceMoment = PhaseBoundaries(schedule: Self.schedule, at: Self.at("2027-07-13T11:59:59Z"), in: Self.auckland)
        let graceOver = PhaseBoundaries(schedule: Self.schedule, at: Self.at("2027-07-13T12:00:00Z"), in: Self.auckland)
        #expect(justEnded.phase == .ended && justEnded.asksToClose && !justEnded.archivesOpenRelationships)
        #expect(lastGraceMoment.asksToClose && !lastGraceMoment.archivesOpenRelationships)
        #expect(!graceOver.asksToClose && graceOver.archivesOpenRelationships)
    }

    @Test func beforeEnrolmentNothingIsDue() {
        let early = PhaseBoundaries(schedule: Self.schedule, at: Self.at("2026-12-01T00:00:00Z"), in: Self.auckland)
        #expect(early.phase == .upcoming && !early.noticeIsDue && !early.archivesOpenRelationships)
    }
}
