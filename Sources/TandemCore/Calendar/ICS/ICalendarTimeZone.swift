import Foundation

/// A VTIMEZONE derived from Foundation's zone data, covering a span of time.
///
/// Each transition in the span becomes its own STANDARD or DAYLIGHT observance (no RRULEs), so
/// past rule changes are exact. The offset in force at the start of the span is written as an
/// observance from 1970, so every time before the first listed transition resolves too.
struct ICalendarTimeZone {
    struct Observance: Hashable {
        var isDaylight: Bool
        /// Local wall time of the onset, in the offset before it (`offsetFrom`), as RFC 5545 wants.
        var onset: String
        var offsetFrom: Int
        var offsetTo: Int
        var name: String?
    }

    static let earliestOnset = "19700101T000000"
    /// Guards against a zone reporting transitions that never advance.
    private static let maxTransitions = 1_000

    let zone: TimeZone
    let observances: [Observance]

    init(zone: TimeZone, covering span: ClosedRange<Date>) {
        self.zone = zone
        let initialOffset = zone.secondsFromGMT(for: span.lowerBound)
        var observances = [Observance(
            isDaylight: zone.isDaylightSavingTime(for: span.lowerBound), onset: Self.earliestOnset,
            offsetFrom: initialOffset, offsetTo: initialOffset,
            name: zone.abbreviation(for: span.lowerBound))]
        var cursor = span.lowerBound
        while observances.count <= Self.maxTransitions,
              let transition = zone.nextDaylightSavingTimeTransition(after: cursor),
              transition > cursor, transition <= span.upperBound {
            let offsetFrom = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
            observances.append(Observance(
                isDaylight: zone.isDaylightSavingTime(for: transition),
                onset: ICalendarDateFormat.wallTime(transition, offsetSeconds: offsetFrom),
                offsetFrom: offsetFrom, offsetTo: zone.secondsFromGMT(for: transition),
                name: zone.abbreviation(for: transition)))
            cursor = transition
        }
        self.observances = observances
    }

    /// Unfolded content lines, BEGIN:VTIMEZONE to END:VTIMEZONE.
    var lines: [String] {
        // Same text as the TZID parameter; real zone identifiers need no quoting or escaping.
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(ICalendarText.uri(zone.identifier))"]
        for observance in observances {
            let kind = observance.isDaylight ? "DAYLIGHT" : "STANDARD"
            lines.append("BEGIN:\(kind)")
            lines.append("DTSTART:\(observance.onset)")
            lines.append("TZOFFSETFROM:\(ICalendarDateFormat.offset(observance.offsetFrom))")
            lines.append("TZOFFSETTO:\(ICalendarDateFormat.offset(observance.offsetTo))")
            if let name = observance.name, !name.isEmpty {
                lines.append("TZNAME:\(ICalendarText.escaped(name))")
            }
            lines.append("END:\(kind)")
        }
        lines.append("END:VTIMEZONE")
        return lines
    }
}
