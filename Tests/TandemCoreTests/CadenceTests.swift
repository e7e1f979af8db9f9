import Foundation
import Testing
@testable import TandemCore

@Suite struct CadenceTests {
    @Test(arguments: [
        (2025, Zone.utc, 28), (2024, Zone.utc, 29), (2025, Zone.auckland, 28), (2024, Zone.berlin, 29),
    ] as [(Int, TimeZone, Int)])
    func monthlyClampsToMonthEnd(year: Int, zone: TimeZone, expectedDay: Int) {
        // arrange
        let start = instant(year, 1, 31, 9, 30, in: zone)
        // act
        let next = Cadence.monthly.next(after: start, in: zone)
        // assert
        #expect(next == instant(year, 2, expectedDay, 9, 30, in: zone))
    }

    @Test func weeklyKeepsWallTimeAcrossDst() {
        // arrange: Berlin springs forward on 2025-03-30, so this week is an hour short.
        let start = instant(2025, 3, 26, 10, 0, in: Zone.berlin)
        // act
        let next = Cadence.weekly.next(after: start, in: Zone.berlin)
        // assert
        #expect(next == instant(2025, 4, 2, 10, 0, in: Zone.berlin))
        #expect(next.timeIntervalSince(start) == 7 * 86_400 - 3_600)
    }

    @Test func fortnightlyKeepsWallTimeAcrossAutumnDst() {
        // Berlin falls back on 2025-10-26.
        let start = instant(2025, 10, 20, 18, 0, in: Zone.berlin)
        let next = Cadence.fortnightly.next(after: start, in: Zone.berlin)
        #expect(next == instant(2025, 11, 3, 18, 0, in: Zone.berlin))
        #expect(next.timeIntervalSince(start) == 14 * 86_400 + 3_600)
    }

    @Test func daysAndLabels() {
        // Custom's 14 is only a fallback; CheckInRhythm carries the pair's own number.
        #expect(Cadence.allCases.map(\.days) == [7, 14, 30, 14])
        #expect(Cadence.allCases.map(\.rawValue) == ["weekly", "fortnightly", "monthly", "custom"])
        #expect(Cadence.custom.label == "Custom")
        #expect(Cadence(rawValue: "fortnightly") == .fortnightly)
        #expect(Cadence.fortnightly.label == "Every two weeks")
    }
}
