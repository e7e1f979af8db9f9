import Foundation
import Testing
@testable import TandemCore

@Suite struct CheckInRhythmTests {
    @Test(arguments: [
        // Jan 31 monthly clamps to February's end, leap year or not; Mar 31 → Apr 30.
        (Cadence.monthly, nil, instant(2026, 1, 31, 9, 0, in: Zone.berlin), instant(2026, 2, 28, 9, 0, in: Zone.berlin)),
        (.monthly, nil, instant(2028, 1, 31, 9, 0, in: Zone.berlin), instant(2028, 2, 29, 9, 0, in: Zone.berlin)),
        (.monthly, nil, instant(2026, 3, 31, 9, 0, in: Zone.berlin), instant(2026, 4, 30, 9, 0, in: Zone.berlin)),
        (.weekly, nil, instant(2026, 12, 29, 9, 0, in: Zone.berlin), instant(2027, 1, 5, 9, 0, in: Zone.berlin)),
        (.custom, 10, instant(2026, 2, 25, 9, 0, in: Zone.berlin), instant(2026, 3, 7, 9, 0, in: Zone.berlin)),
    ] as [(Cadence, Int?, Date, Date)])
    func stepsByTheCalendar(cadence: Cadence, customDays: Int?, start: Date, expected: Date) {
        // arrange
        let rhythm = CheckInRhythm(cadence: cadence, customDays: customDays)
        // act
        let next = rhythm.next(after: start, in: Zone.berlin)
        // assert
        #expect(next == expected)
    }

    /// Ten days across each zone's spring change keep 10:00 on the clocks, so the step is an hour
    /// short of 240 hours.
    @Test(arguments: [
        // Berlin springs forward on 2026-03-29, New York on 2026-03-08, Sydney on 2026-10-04.
        (Zone.berlin, instant(2026, 3, 25, 10, 0, in: Zone.berlin), instant(2026, 4, 4, 10, 0, in: Zone.berlin)),
        (CheckInZone.newYork, instant(2026, 3, 1, 10, 0, in: CheckInZone.newYork), instant(2026, 3, 11, 10, 0, in: CheckInZone.newYork)),
        (CheckInZone.sydney, instant(2026, 9, 30, 10, 0, in: CheckInZone.sydney), instant(2026, 10, 10, 10, 0, in: CheckInZone.sydney)),
    ] as [(TimeZone, Date, Date)])
    func customDaysKeepWallTimeAcrossSpringForward(zone: TimeZone, start: Date, expected: Date) {
        // arrange
        let rhythm = CheckInRhythm(cadence: .custom, customDays: 10)
        // act
        let next = rhythm.next(after: start, in: zone)
        // assert
        #expect(next == expected)
        #expect(next.timeIntervalSince(start) == 10 * 86_400 - 3_600)
    }

    @Test func customDaysKeepWallTimeWhenSydneyFallsBack() {
        // arrange: Sydney falls back on 2026-04-05, so these ten days are an hour long.
        let start = instant(2026, 4, 1, 10, 0, in: CheckInZone.sydney)
        // act
        let next = CheckInRhythm(cadence: .custom, customDays: 10).next(after: start, in: CheckInZone.sydney)
        // assert
        #expect(next == instant(2026, 4, 11, 10, 0, in: CheckInZone.sydney))
        #expect(next.timeIntervalSince(start) == 10 * 86_400 + 3_600)
    }

    @Test(arguments: [
        (Cadence.weekly, 10, nil, 7, "Weekly"),
        (.fortnightly, nil, nil, 14, "Every two weeks"),
        (.monthly, 3, nil, 30, "Monthly"),
        (.custom, 10, 10, 10, "Every 10 days"),
        (.custom, 1, 1, 1, "Every day"),
        (.custom, 0, 1, 1, "Every day"),
        (.custom, 400, 365, 365, "Every 365 days"),
        (.custom, nil, 14, 14, "Every 14 days"),
    ] as [(Cadence, Int?, Int?, Int, String)])
    func daysAndLabel(cadence: Cadence, given: Int?, stored: Int?, days: Int, label: String) {
        let rhythm = CheckInRhythm(cadence: cadence, customDays: given)
        #expect(rhythm.customDays == stored)
        #expect(rhythm.days == days)
        #expect(rhythm.label == label)
    }

    @Test func decodingKeepsTheSameGuarantees() throws {
        // arrange
        let json = #"[{"cadence":"custom","custom_days":900},{"cadence":"weekly","custom_days":3}]"#
        // act
        let rhythms = try JSONDecoder().decode([CheckInRhythm].self, from: Data(json.utf8))
        // assert
        #expect(rhythms == [CheckInRhythm(cadence: .custom, customDays: 365), CheckInRhythm(cadence: .weekly)])
        let roundTrip = try JSONDecoder().decode(
            CheckInRhythm.self, from: JSONEncoder().encode(CheckInRhythm(cadence: .custom, customDays: 10)))
        #expect(roundTrip.days == 10)
    }
}
