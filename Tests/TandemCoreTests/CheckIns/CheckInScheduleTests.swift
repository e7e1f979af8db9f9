import Foundation
import Testing
@testable import TandemCore

private let matched = instant(2026, 1, 5, 9, 0, in: Zone.berlin)
private let held = instant(2026, 2, 2, 17, 30, in: Zone.berlin)
private let weekly = CheckInRhythm(cadence: .weekly)

@Suite struct CheckInScheduleTests {
    @Test(arguments: [
        // No check-in yet, nothing scheduled: one step after the match.
        (nil, nil, weekly, instant(2026, 1, 12, 9, 0, in: Zone.berlin)),
        // Held before: one step after the last check-in, at its wall time.
        (held, nil, weekly, instant(2026, 2, 9, 17, 30, in: Zone.berlin)),
        (held, nil, CheckInRhythm(cadence: .custom, customDays: 10), instant(2026, 2, 12, 17, 30, in: Zone.berlin)),
        // A meeting scheduled after the last check-in wins, even beyond the rhythm.
        (held, instant(2026, 3, 20, 8, 0, in: Zone.berlin), weekly, instant(2026, 3, 20, 8, 0, in: Zone.berlin)),
        (nil, instant(2026, 1, 8, 8, 0, in: Zone.berlin), weekly, instant(2026, 1, 8, 8, 0, in: Zone.berlin)),
        // A scheduled time at or before the last check-in is the one held (or stale): ignored.
        (held, held, weekly, instant(2026, 2, 9, 17, 30, in: Zone.berlin)),
        (held, instant(2026, 1, 30, 8, 0, in: Zone.berlin), weekly, instant(2026, 2, 9, 17, 30, in: Zone.berlin)),
    ] as [(Date?, Date?, CheckInRhythm, Date)])
    func nextDue(lastHeld: Date?, scheduled: Date?, rhythm: CheckInRhythm, expected: Date) {
        // act
        let due = CheckInSchedule.nextDue(
            lastHeldAt: lastHeld, matchedAt: matched, nextScheduledAt: scheduled, rhythm: rhythm,
            timeZone: Zone.berlin)
        // assert
        #expect(due == expected)
    }

    @Test func monthlyFromAMonthEndMatchClamps() {
        let matched = instant(2026, 3, 31, 12, 0, in: CheckInZone.newYork)
        let due = CheckInSchedule.nextDue(
            lastHeldAt: nil, matchedAt: matched, nextScheduledAt: nil,
            rhythm: CheckInRhythm(cadence: .monthly), timeZone: CheckInZone.newYork)
        #expect(due == instant(2026, 4, 30, 12, 0, in: CheckInZone.newYork))
    }
}
