import Foundation
import Testing
@testable import TandemCore

@Suite struct LocalDateTests {
    @Test(arguments: ["2024-02-29", "2025-12-31", "1900-01-01", "2200-12-31"])
    func parsesAndPrintsIso(text: String) {
        #expect(LocalDate(iso: text)?.iso == text)
    }

    @Test(arguments: [
        "", "2025-02-29", "2025-13-01", "2025-00-10", "2025-1-01", "25-01-01", "2025-01-01T00:00",
        "2025/01/01", "２０２５-01-01", "2025-01-+1", "abcd-ef-gh", "0001-01-01", "1899-12-31", "2201-01-01", "9999-12-31",
    ])
    func rejectsMalformedOrImpossibleDates(text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test func comparesByDay() {
        #expect(day("2025-01-31") < day("2025-02-01"))
        #expect(day("2024-12-31") < day("2025-01-01"))
        #expect(!(day("2025-01-01") < day("2025-01-01")))
    }

    @Test func codesAsIsoString() throws {
        // act
        let data = try JSONEncoder().encode([day("2025-03-09")])
        // assert
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-03-09"]"#)
        #expect(try JSONDecoder().decode([LocalDate].self, from: data) == [day("2025-03-09")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalDate].self, from: Data(#"["2025-02-30"]"#.utf8))
        }
    }

    @Test func startInstantIsLocalMidnight() {
        // Berlin is UTC+1 in winter; Auckland is UTC+13 in summer.
        #expect(day("2025-01-15").startInstant(in: Zone.berlin) == instant(2025, 1, 14, 23, in: Zone.utc))
        #expect(day("2025-01-15").startInstant(in: Zone.auckland) == instant(2025, 1, 14, 11, in: Zone.utc))
    }

    @Test func startInstantExistsWhenDstSkipsMidnight() {
        // Chile springs forward at midnight, so 2024-09-08 00:00 does not exist in Santiago.
        let santiago = TimeZone(identifier: "America/Santiago")!
        let date = day("2024-09-08")
        #expect(LocalDate(date: date.startInstant(in: santiago), in: santiago) == date)
        #expect(LocalDate(date: date.startInstant(in: santiago).addingTimeInterval(-1), in: santiago) == day("2024-09-07"))
    }

    @Test func dayOfAnInstantDependsOnZone() {
        let moment = instant(2025, 6, 30, 22, 30, in: Zone.utc)
        #expect(LocalDate(date: moment, in: Zone.utc) == day("2025-06-30"))
        #expect(LocalDate(date: moment, in: Zone.berlin) == day("2025-07-01"))
    }

    @Test func addsDaysAcrossMonthAndYear() {
        #expect(day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(day("2024-12-31").adding(days: 1) == day("2025-01-01"))
        #expect(day("2025-03-01").adding(days: -1) == day("2025-02-28"))
    }
}
