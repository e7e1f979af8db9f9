import Foundation

/// A time of day with no date or zone, as an HTML time input sends it ("14:30", or "14:30:00"
/// when the input has a step).
struct WallClockTime: Sendable, Hashable {
    let hour: Int
    let minute: Int
    let second: Int

    /// Parses "H:MM", "HH:MM" or "HH:MM:SS" on a 24-hour clock.
    init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), (1...2).contains(parts[0].count),
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, (0...23).contains(numbers[0]),
              (0...59).contains(numbers[1]), numbers.count == 2 || (0...59).contains(numbers[2])
        else { return nil }
        hour = numbers[0]
        minute = numbers[1]
        second = numbers.count == 3 ? numbers[2] : 0
    }
}

extension LocalDate {
    /// The instant this day shows `time` on the clocks in `timeZone`, or nil when the clocks skip
    /// that time (a DST spring-forward gap). When the clocks show it twice (fall-back), Foundation
    /// gives the first occurrence, as iCalendar does; a test pins that.
    func instant(at time: WallClockTime, in timeZone: TimeZone) -> Date? {
        let calendar = Calendar.gregorian(in: timeZone)
        let wanted = DateComponents(
            year: year, month: month, day: day, hour: time.hour, minute: time.minute, second: time.second)
        guard let candidate = calendar.date(from: wanted) else { return nil }
        // Foundation moves a skipped time forward instead of failing, so read it back to compare.
        let shown = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: candidate)
        guard shown.year == year, shown.month == month, shown.day == day, shown.hour == time.hour,
              shown.minute == time.minute, shown.second == time.second
        else { return nil }
        return candidate
    }
}
