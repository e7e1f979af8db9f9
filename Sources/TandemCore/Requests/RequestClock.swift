import Foundation

/// When a waiting request is nudged and when it expires.
///
/// The window counts **calendar days in the organisation's time zone**, not 24-hour periods: a
/// request sent on Monday at 10:00 with a 5-day window expires on Saturday at 10:00 local time,
/// even if the clocks changed in between (so the window is 119 or 121 hours across a DST change).
/// That is what "5 calendar days" means to the people waiting. Where the local time does not
/// exist on the last day (skipped by a DST change) it moves on by the gap (02:30 becomes 03:30);
/// where it exists twice (clocks going back) the first of the two counts.
public enum RequestClock {
    /// The moment the request expires: the same local time `windowDays` calendar days later.
    public static func expiry(sentAt: Date, windowDays: Int, in timeZone: TimeZone) -> Date {
        Calendar.gregorian(in: timeZone).date(byAdding: .day, value: windowDays, to: sentAt)
            ?? sentAt.addingTimeInterval(Double(windowDays) * 86_400)
    }

    /// Expired exactly at the window's end, not a second before.
    public static func isExpired(sentAt: Date, windowDays: Int, in timeZone: TimeZone, at now: Date) -> Bool {
        now >= expiry(sentAt: sentAt, windowDays: windowDays, in: timeZone)
    }

    /// Halfway between sending and expiry: when the mentor is reminded (2.5 days of a 5-day window).
    public static func nudgeMoment(sentAt: Date, windowDays: Int, in timeZone: TimeZone) -> Date {
        let end = expiry(sentAt: sentAt, windowDays: windowDays, in: timeZone)
        return sentAt.addingTimeInterval(end.timeIntervalSince(sentAt) / 2)
    }

    public static func isNudgeDue(sentAt: Date, windowDays: Int, in timeZone: TimeZone, at now: Date) -> Bool {
        now >= nudgeMoment(sentAt: sentAt, windowDays: windowDays, in: timeZone)
    }

    /// No request sent after this can have expired by `now`, whatever its zone or window
    /// (at least a day, less a DST change of up to 2 hours): a cheap bound for the sweep's query.
    public static func oldestUnexpired(at now: Date, minimumWindowDays: Int = RequestPolicy.windowRange.lowerBound) -> Date {
        now.addingTimeInterval(-Double(minimumWindowDays) * 86_400 + 2 * 3600)
    }
}
