/// A meeting form (or API body) as typed: when, where and what about. Used to schedule a meeting
/// and, flattened into `CheckInDraft`, to log one that took place. Coding keys are the snake_case
/// form field names.
public struct MeetingDraft: Sendable, Hashable, Codable {
    /// "YYYY-MM-DD", as an HTML date input sends it.
    public var date: String
    /// "HH:MM" on a 24-hour clock, as an HTML time input sends it.
    public var time: String
    /// An IANA identifier such as "Europe/Berlin"; blank means the default the caller passes in.
    public var timeZone: String
    public var durationMinutes: String
    /// A `MeetingFormat` raw value.
    public var format: String
    public var meetingLink: String
    /// Shared with both members and put into the calendar entry.
    public var agenda: String

    public init(
        date: String = "", time: String = "", timeZone: String = "", durationMinutes: String = "",
        format: String = "", meetingLink: String = "", agenda: String = ""
    ) {
        self.date = date
        self.time = time
        self.timeZone = timeZone
        self.durationMinutes = durationMinutes
        self.format = format
        self.meetingLink = meetingLink
        self.agenda = agenda
    }

    enum CodingKeys: String, CodingKey {
        case date, time, format, agenda
        case timeZone = "time_zone"
        case durationMinutes = "duration_minutes"
        case meetingLink = "meeting_link"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            date: c.draftText(.date), time: c.draftText(.time), timeZone: c.draftText(.timeZone),
            durationMinutes: c.draftText(.durationMinutes), format: c.draftText(.format),
            meetingLink: c.draftText(.meetingLink), agenda: c.draftText(.agenda))
    }
}
