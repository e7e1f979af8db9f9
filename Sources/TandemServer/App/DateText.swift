import Foundation
import TandemCore

/// Dates as people read them, in the viewer's time zone (docs/rules.md: stored in UTC, shown local).
enum DateText {
    static func short(_ date: Date?, timeZone: String) -> String {
        format(date, "d MMM yyyy", timeZone: timeZone)
    }

    /// "Tue 1 Dec 2026, 10:00 GMT", for meetings: the zone is named, since partners may live in
    /// different ones.
    static func dateTime(_ date: Date?, timeZone: String) -> String {
        format(date, "EEE d MMM yyyy, HH:mm zzz", timeZone: timeZone)
    }

    /// "1 Dec 2026" for a calendar day, which has no zone.
    static func day(_ date: LocalDate?) -> String {
        guard let date else { return "" }
        return short(date.startInstant(in: .gmt), timeZone: "GMT")
    }

    /// "YYYY-MM-DD" and "HH:MM" in a zone, to prefill date and time inputs.
    static func inputs(_ date: Date, timeZone: TimeZone) -> (date: String, time: String) {
        let parts = Calendar.utcGregorian(timeZone).dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return (String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1),
                String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0))
    }

    private static func format(_ date: Date?, _ pattern: String, timeZone: String) -> String {
        guard let date else { return "" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: timeZone) ?? .gmt
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }
}

extension Calendar {
    static func utcGregorian(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}
