import Foundation

/// A meeting after validation: a real instant, the zone it was planned in (for showing and for
/// calendar feeds), and what the pair agreed.
public struct ValidMeeting: Sendable, Hashable, Codable {
    public static let durationRange = 5...480
    public static let maxAgendaLength = 2000

    public var startsAt: Date
    public var timeZone: TimeZone
    public var durationMinutes: Int
    public var format: MeetingFormat
    public var link: URL?
    public var agenda: String

    public init(
        startsAt: Date, timeZone: TimeZone, durationMinutes: Int, format: MeetingFormat,
        link: URL?, agenda: String
    ) {
        self.startsAt = startsAt
        self.timeZone = timeZone
        self.durationMinutes = durationMinutes
        self.format = format
        self.link = link
        self.agenda = agenda
    }

    public var endsAt: Date { startsAt.addingTimeInterval(Double(durationMinutes) * 60) }
}
