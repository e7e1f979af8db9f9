import Foundation

/// Writes an RFC 5545 iCalendar document (a calendar feed or a single ".ics" download).
///
/// Output is deterministic: events keep the given order, and one VTIMEZONE per zone used comes
/// first, sorted by TZID. Lines end in CRLF and are folded at 75 octets.
public struct ICalendarWriter: Sendable {
    public static let defaultProductID = "-//Tandem//Tandem mentoring//EN"

    public let productID: String
    /// Shown by some calendar apps as the subscribed calendar's name (X-WR-CALNAME).
    public let calendarName: String?

    public init(productID: String = ICalendarWriter.defaultProductID, calendarName: String? = nil) {
        self.productID = productID
        self.calendarName = calendarName
    }

    /// The whole document, VCALENDAR included, even when there are no events. `method` is
    /// PUBLISH for feeds and downloads, REQUEST or CANCEL for an invitation sent by email.
    public func document(events: [CalendarEvent], method: String = "PUBLISH") -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(ICalendarText.escaped(productID))",
            "CALSCALE:GREGORIAN",
            "METHOD:\(method)",
        ]
        if let calendarName {
            lines.append("X-WR-CALNAME:\(ICalendarText.escaped(calendarName))")
        }
        for timeZone in Self.timeZones(for: events) {
            lines += timeZone.lines
        }
        for event in events {
            lines += Self.lines(for: event)
        }
        lines.append("END:VCALENDAR")
        return lines.flatMap(ICalendarText.folded)
            .map { $0 + ICalendarText.lineBreak }
            .joined()
    }

    /// A safe ASCII download name: "Check-in 2026-12-01" → "check-in-2026-12-01.ics".
    /// Lowercase letters, digits and single hyphens, at most 60 characters before ".ics".
    public static func fileName(for summary: String) -> String {
        let folded = summary.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        // Slug falls back to "org", which would be a confusing name for a calendar file.
        let hasWord = folded.unicodeScalars.contains {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
        }
        return (hasWord ? Slug.make(from: summary) : "event") + ".ics"
    }
}
