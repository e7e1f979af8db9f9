import Foundation

/// How a timed event's zone is written: UTC zones as "…Z" with no VTIMEZONE, every other zone
/// as local time with a TZID parameter.
enum ICalendarZone {
    /// Zones that are UTC by name. A zone that merely sits at offset 0 (Europe/London in winter,
    /// Africa/Abidjan) keeps its TZID, so calendar apps still show the organiser's zone.
    private static let utcIdentifiers: Set<String> = [
        "UTC", "GMT", "UCT", "Zulu", "Universal", "Greenwich", "GMT0", "GMT+0", "GMT-0",
        "Etc/UTC", "Etc/GMT", "Etc/UCT", "Etc/Zulu", "Etc/Universal", "Etc/Greenwich",
        "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0",
    ]

    static func isUTC(_ zone: TimeZone) -> Bool {
        utcIdentifiers.contains(zone.identifier)
    }

    /// `name;TZID=Zone:20261201T100000`, or `name:20261201T090000Z` for UTC zones.
    ///
    /// Where clocks go back, a wall time happens twice and RFC 5545 reads it as the first
    /// occurrence, so an instant in the second occurrence is written in UTC instead.
    static func property(_ name: String, instant: Date, in zone: TimeZone) -> String {
        if isUTC(zone) || isSecondOccurrence(instant, in: zone) {
            return "\(name):\(ICalendarDateFormat.utc(instant))"
        }
        let wallTime = ICalendarDateFormat.wallTime(instant, offsetSeconds: zone.secondsFromGMT(for: instant))
        return "\(name);TZID=\(parameterValue(zone.identifier)):\(wallTime)"
    }

    /// A parameter value may not hold `:`, `;` or `,` unquoted, nor `"` at all.
    static func parameterValue(_ text: String) -> String {
        let cleaned = ICalendarText.uri(text).replacingOccurrences(of: "\"", with: "")
        return cleaned.contains(where: { ":;,".contains($0) }) ? "\"\(cleaned)\"" : cleaned
    }

    /// True when the wall time of `instant` also happened earlier, under the larger offset in
    /// force before clocks went back (looking back a day covers every real fall-back).
    private static func isSecondOccurrence(_ instant: Date, in zone: TimeZone) -> Bool {
        let offset = zone.secondsFromGMT(for: instant)
        let earlierOffset = zone.secondsFromGMT(for: instant.addingTimeInterval(-86_400))
        guard earlierOffset > offset else { return false }
        let earlierInstant = instant.addingTimeInterval(Double(offset - earlierOffset))
        return zone.secondsFromGMT(for: earlierInstant) == earlierOffset
    }
}
