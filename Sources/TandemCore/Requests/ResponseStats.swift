import Foundation

/// A mentor's typical response time, as browse shows it: the median of how long they took to
/// answer their recent requests.
public enum ResponseTime {
    /// How far back answers count, and how many at most: enough for a stable median, bounded work.
    public static let lookback: TimeInterval = 180 * 86_400
    public static let maxSamples = 50

    /// The median of the waits in seconds (the lower middle of an even count); nil when none.
    public static func median(_ seconds: [Int]) -> Int? {
        guard !seconds.isEmpty else { return nil }
        let sorted = seconds.sorted()
        return sorted[(sorted.count - 1) / 2]
    }

    /// "Usually answers within an hour" and so on: hours up to a day, then days, rounded up.
    public static func label(medianSeconds: Int) -> String {
        let hour = 3600, day = 86_400
        if medianSeconds <= hour { return "Usually answers within an hour" }
        if medianSeconds < day {
            let hours = (medianSeconds + hour - 1) / hour
            return "Usually answers within \(hours) hours"
        }
        let days = (medianSeconds + day - 1) / day
        return days == 1 ? "Usually answers within a day" : "Usually answers within \(days) days"
    }
}

/// When someone was last active, deliberately coarse: nobody needs to know the minute.
public enum LastActive {
    public static func label(lastSeen: Date?, now: Date) -> String {
        guard let lastSeen else { return "Not active recently" }
        let age = now.timeIntervalSince(lastSeen)
        if age < 86_400 { return "Active in the last day" }
        if age < 7 * 86_400 { return "Active this week" }
        if age < 30 * 86_400 { return "Active this month" }
        return "Not active recently"
    }
}
