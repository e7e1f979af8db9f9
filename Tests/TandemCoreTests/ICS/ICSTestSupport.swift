import Foundation
@testable import TandemCore

/// A written iCalendar document read back the way a calendar app would.
struct ICSDocument {
    let text: String

    /// Physical lines, split on CRLF (the final CRLF leaves no empty line). Split as bytes, so
    /// a line that is not valid UTF-8 on its own shows up as "\u{FFFD}".
    var physicalLines: [String] {
        physicalLineBytes.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Logical content lines: each continuation line (CRLF then one space) joined back on, byte
    /// by byte as RFC 5545 unfolds.
    var lines: [String] {
        var lines: [[UInt8]] = []
        for line in physicalLineBytes {
            if line.first == UInt8(ascii: " "), !lines.isEmpty {
                lines[lines.count - 1] += line.dropFirst()
            } else {
                lines.append(line)
            }
        }
        return lines.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The lines of every VEVENT, in order.
    var eventLines: [String] { components("VEVENT").flatMap { $0 } }

    private var physicalLineBytes: [[UInt8]] {
        var lines: [[UInt8]] = [[]]
        var bytes = Array(text.utf8)[...]
        while let first = bytes.first {
            if bytes.starts(with: [13, 10]) {
                lines.append([])
                bytes = bytes.dropFirst(2)
            } else {
                lines[lines.count - 1].append(first)
                bytes = bytes.dropFirst()
            }
        }
        if lines.last == [] { lines.removeLast() }
        return lines
    }

    /// Whole lines of each component named `name`, such as "VEVENT" or "VTIMEZONE".
    func components(_ name: String) -> [[String]] {
        var found: [[String]] = []
        var current: [String]?
        for line in lines {
            if line == "BEGIN:\(name)" { current = [] }
            current?.append(line)
            if line == "END:\(name)", let complete = current {
                found.append(complete)
                current = nil
            }
        }
        return found
    }
}

extension Array where Element == String {
    /// Lines of a property, with or without parameters: "DTSTART:…" and "DTSTART;TZID=…".
    func icsProperty(_ name: String) -> [String] {
        filter { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }
    }
}

enum ICSSample {
    static let london = TimeZone(identifier: "Europe/London")!
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let stamp = instant(2026, 11, 20, 8, 15, 30, in: Zone.utc)

    static func event(
        uid: String = "meeting-0F6A4C2E-6E1B-4C8A-9D0B-3C1F2A7E9B10@tandem",
        sequence: Int = 0,
        timing: CalendarEvent.Timing = .allDay(day("2027-03-31")),
        summary: String = "Check-in",
        description: String = "",
        location: String = "",
        url: String? = nil,
        status: CalendarEvent.Status = .confirmed,
        categories: [String] = []
    ) -> CalendarEvent {
        CalendarEvent(
            uid: uid, sequence: sequence, stamp: stamp, timing: timing, summary: summary,
            description: description, location: location, url: url, status: status,
            categories: categories)
    }

    static func write(_ events: [CalendarEvent], calendarName: String? = nil) -> ICSDocument {
        ICSDocument(text: ICalendarWriter(calendarName: calendarName).document(events: events))
    }

    static func timed(
        _ start: Date, minutes: Int, in zone: TimeZone
    ) -> CalendarEvent.Timing {
        .timed(start: start, durationMinutes: minutes, timeZone: zone)
    }
}
