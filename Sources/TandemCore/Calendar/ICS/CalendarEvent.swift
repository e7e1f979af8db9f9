import Foundation

/// One VEVENT in a calendar feed, such as a scheduled meeting or a programme's phase date.
/// Moving an event keeps its `uid` and raises `sequence`; cancelling it sets `status` to
/// `.cancelled` (docs/rules.md "Cadence, health, meetings and hours"), so calendar apps update rather than duplicate.
public struct CalendarEvent: Sendable, Hashable {
    /// When the event happens: a span of time in a zone, or a whole day.
    public enum Timing: Sendable, Hashable {
        /// Written as local wall time in `timeZone` (with a VTIMEZONE), or in UTC for UTC zones.
        case timed(start: Date, durationMinutes: Int, timeZone: TimeZone)
        /// A whole day, independent of any zone; it ends at the start of the next day.
        case allDay(LocalDate)
    }

    public enum Status: String, Sendable, Hashable, CaseIterable {
        case confirmed = "CONFIRMED"
        case tentative = "TENTATIVE"
        case cancelled = "CANCELLED"
    }

    /// Stable across edits, for example "meeting-<uuid>@tandem".
    public var uid: String
    /// Raised each time the event changes.
    public var sequence: Int
    /// When this version of the event was written (DTSTAMP).
    public var stamp: Date
    public var timing: Timing
    public var summary: String
    /// Left out of the feed when empty.
    public var description: String
    /// Left out of the feed when empty.
    public var location: String
    public var url: String?
    public var status: Status
    /// Left out of the feed when empty.
    public var categories: [String]
    /// Set only on emailed invitations (see `CalendarPerson`).
    public var organizer: CalendarPerson?
    public var attendees: [CalendarPerson]

    public init(
        uid: String,
        sequence: Int,
        stamp: Date,
        timing: Timing,
        summary: String,
        description: String,
        location: String,
        url: String?,
        status: Status,
        categories: [String],
        organizer: CalendarPerson? = nil,
        attendees: [CalendarPerson] = []
    ) {
        self.uid = uid
        self.sequence = sequence
        self.stamp = stamp
        self.timing = timing
        self.summary = summary
        self.description = description
        self.location = location
        self.url = url
        self.status = status
        self.categories = categories
        self.organizer = organizer
        self.attendees = attendees
    }
}
