import Foundation

/// What a calendar feed carries: events from twelve months back, and every future one, so a
/// feed's size follows how busy a person is now, not how long they have used Tandem. A hard cap
/// on the number of meetings guards against a pair that scheduled far too many.
public enum CalendarFeedWindow {
    public static let daysBack = 365
    public static let maxMeetings = 1000

    /// The earliest meeting start the feed includes.
    public static func start(now: Date) -> Date {
        now.addingTimeInterval(-Double(daysBack) * 86_400)
    }

    /// The earliest goal target date the feed includes (goals are all-day, in UTC).
    public static func firstDay(now: Date) -> LocalDate {
        LocalDate(date: start(now: now), in: TimeZone(identifier: "UTC") ?? .gmt)
    }

    /// Whether a meeting starting at `startsAt` belongs in the feed.
    public static func includes(_ startsAt: Date, now: Date) -> Bool {
        startsAt >= start(now: now)
    }
}
