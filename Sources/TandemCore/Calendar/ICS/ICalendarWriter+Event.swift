import Foundation

extension ICalendarWriter {
    /// One VEVENT as unfolded content lines. Optional text properties are left out when empty,
    /// so a feed never shows blank descriptions or locations.
    static func lines(for event: CalendarEvent) -> [String] {
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(ICalendarText.escaped(event.uid))",
            "SEQUENCE:\(max(0, event.sequence))",
            "DTSTAMP:\(ICalendarDateFormat.utc(event.stamp))",
        ]
        lines += timingLines(event.timing)
        lines.append("SUMMARY:\(ICalendarText.escaped(event.summary))")
        if !event.description.isEmpty {
            lines.append("DESCRIPTION:\(ICalendarText.escaped(event.description))")
        }
        if !event.location.isEmpty {
            lines.append("LOCATION:\(ICalendarText.escaped(event.location))")
        }
        if let url = event.url.map(ICalendarText.uri), !url.isEmpty {
            lines.append("URL:\(url)")
        }
        if let organizer = event.organizer { lines.append(organizer.property("ORGANIZER")) }
        for attendee in event.attendees {
            lines.append(attendee.property("ATTENDEE", parameters: ["ROLE=REQ-PARTICIPANT", "PARTSTAT=NEEDS-ACTION", "RSVP=FALSE"]))
        }
        lines.append("STATUS:\(event.status.rawValue)")
        let categories = event.categories.filter { !$0.isEmpty }
        if !categories.isEmpty {
            lines.append("CATEGORIES:\(categories.map(ICalendarText.escaped).joined(separator: ","))")
        }
        lines.append("END:VEVENT")
        return lines
    }

    /// DTSTART and DTEND. A timed event with no positive duration has no DTEND, which
    /// RFC 5545 reads as ending when it starts.
    static func timingLines(_ timing: CalendarEvent.Timing) -> [String] {
        switch timing {
        case let .timed(start, durationMinutes, timeZone):
            var lines = [ICalendarZone.property("DTSTART", instant: start, in: timeZone)]
            if durationMinutes > 0 {
                let end = start.addingTimeInterval(Double(durationMinutes) * 60)
                lines.append(ICalendarZone.property("DTEND", instant: end, in: timeZone))
            }
            return lines
        case let .allDay(day):
            return [
                "DTSTART;VALUE=DATE:\(ICalendarDateFormat.date(day))",
                "DTEND;VALUE=DATE:\(ICalendarDateFormat.date(day.adding(days: 1)))",
            ]
        }
    }

    /// One VTIMEZONE per non-UTC zone, sorted by TZID, each covering a year either side of its
    /// events so calendar apps can also resolve nearby times.
    static func timeZones(for events: [CalendarEvent]) -> [ICalendarTimeZone] {
        var spans: [String: (zone: TimeZone, earliest: Date, latest: Date)] = [:]
        for event in events {
            guard case let .timed(start, durationMinutes, zone) = event.timing,
                  !ICalendarZone.isUTC(zone) else { continue }
            let end = start.addingTimeInterval(Double(max(0, durationMinutes)) * 60)
            let known = spans[zone.identifier]
            spans[zone.identifier] = (
                zone, min(known?.earliest ?? start, start), max(known?.latest ?? end, end))
        }
        let margin: TimeInterval = 366 * 86_400
        return spans.keys.sorted().compactMap { identifier in
            spans[identifier].map { span in
                ICalendarTimeZone(
                    zone: span.zone,
                    covering: span.earliest.addingTimeInterval(-margin)...span.latest.addingTimeInterval(margin))
            }
        }
    }
}
