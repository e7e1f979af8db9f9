import Foundation

/// A mentor away "until a date" is away from the moment they say so through that local date,
/// inclusive: back on the next day at 00:00 in the organisation's zone.
public enum AwayWindow {
    public static func isAway(until: LocalDate?, at now: Date, in timeZone: TimeZone) -> Bool {
        guard let until else { return false }
        return LocalDate(date: now, in: timeZone) <= until
    }

    /// The first day a mentor away until `until` is back.
    public static func backOn(_ until: LocalDate) -> LocalDate { until.adding(days: 1) }
}

/// Whether a mentor is away, and what they want mentees to read; and whether browse shows their
/// response time and last activity.
public struct Availability: Sendable, Hashable, Codable {
    public static let maxNoteLength = 200
    /// How far ahead someone may be away: a year.
    public static let maxDaysAhead = 366

    public var awayUntil: LocalDate?
    public var awayNote: String?
    public var hideActivity: Bool

    public init(awayUntil: LocalDate? = nil, awayNote: String? = nil, hideActivity: Bool = false) {
        self.awayUntil = awayUntil
        self.awayNote = awayNote
        self.hideActivity = hideActivity
    }
}

/// The availability form or API body as sent.
public struct AvailabilityDraft: Sendable, Hashable {
    public var awayUntil: String
    public var awayNote: String
    public var hideActivity: Bool

    public init(awayUntil: String = "", awayNote: String = "", hideActivity: Bool = false) {
        self.awayUntil = awayUntil
        self.awayNote = awayNote
        self.hideActivity = hideActivity
    }

    /// Empty `awayUntil` means "not away" (and drops the note). A date must be today or later,
    /// at most a year ahead, `today` being the organisation's local date.
    public func validate(today: LocalDate) throws(ValidationFailure) -> Availability {
        var errors = FieldErrorCollector()
        let text = awayUntil.trimmed
        var until: LocalDate?
        if !text.isEmpty {
            if let date = LocalDate(iso: text) {
                if date < today {
                    errors.add("away_until", .notInFuture, "Choose today or a later date.")
                } else if date > today.adding(days: Availability.maxDaysAhead) {
                    errors.add("away_until", .outOfRange, "Choose a date within a year.")
                } else {
                    until = date
                }
            } else {
                errors.add("away_until", .invalid, "Enter the date as YYYY-MM-DD.")
            }
        }
        let note = errors.text(awayNote, field: "away_note", max: Availability.maxNoteLength,
                               tooLong: "Keep the note to \(Availability.maxNoteLength) characters or fewer.")
        try errors.throwIfAny()
        return Availability(awayUntil: until, awayNote: until == nil || note.isEmpty ? nil : note, hideActivity: hideActivity)
    }
}
