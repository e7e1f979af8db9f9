import Foundation

/// At most one nudge of a kind to a person in three days.
public enum NudgeRateLimit {
    public static let window: TimeInterval = 3 * 24 * 3600

    public static func allows(lastSent: Date?, now: Date) -> Bool {
        guard let lastSent else { return true }
        return now.timeIntervalSince(lastSent) >= window
    }
}
