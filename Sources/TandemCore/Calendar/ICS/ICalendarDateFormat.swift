import Foundation

/// RFC 5545 date, date-time and UTC-offset values (sections 3.3.4, 3.3.5 and 3.3.14).
enum ICalendarDateFormat {
    /// "20261201T090000Z". Fractions of a second are dropped.
    static func utc(_ instant: Date) -> String {
        wallTime(instant, offsetSeconds: 0) + "Z"
    }

    /// The wall-clock time `instant` shows in a zone whose offset is `offsetSeconds`,
    /// as "20261201T100000" (no zone marker: the TZID parameter names it).
    static func wallTime(_ instant: Date, offsetSeconds: Int) -> String {
        let seconds = floor(instant.timeIntervalSince1970) + Double(offsetSeconds)
        let parts = utcCalendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: seconds))
        return String(
            format: "%04d%02d%02dT%02d%02d%02d",
            parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// "20270331".
    static func date(_ day: LocalDate) -> String {
        String(format: "%04d%02d%02d", day.year, day.month, day.day)
    }

    /// "+0100", "-0500", "+0530"; seconds only when there are some ("+001730").
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let hours = magnitude / 3600, minutes = magnitude % 3600 / 60, rest = magnitude % 60
        return rest == 0
            ? String(format: "%@%02d%02d", sign, hours, minutes)
            : String(format: "%@%02d%02d%02d", sign, hours, minutes, rest)
    }

    private static let utcCalendar = Calendar.gregorian(in: .gmt)
}
