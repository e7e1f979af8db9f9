/// A programme form (or API body) exactly as submitted. `validate()` turns it into a
/// `ValidProgramme`. Coding keys are the snake_case form field names.
public struct ProgrammeDraft: Sendable, Hashable, Codable {
    public var name: String
    public var description: String
    public var type: String
    public var mode: String
    public var defaultCapacity: String
    /// One question per line.
    public var questions: String
    public var enrolmentStarts: String
    public var matchingStarts: String
    public var activeStarts: String
    public var closingStarts: String
    public var endsOn: String
    /// "No first meeting within N days" flags a pair as at risk; empty means the default, 14.
    public var firstMeetingDays: String

    public init(
        name: String = "", description: String = "", type: String = "", mode: String = "",
        defaultCapacity: String = "", questions: String = "", enrolmentStarts: String = "",
        matchingStarts: String = "", activeStarts: String = "", closingStarts: String = "",
        endsOn: String = "", firstMeetingDays: String = ""
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.mode = mode
        self.defaultCapacity = defaultCapacity
        self.questions = questions
        self.enrolmentStarts = enrolmentStarts
        self.matchingStarts = matchingStarts
        self.activeStarts = activeStarts
        self.closingStarts = closingStarts
        self.endsOn = endsOn
        self.firstMeetingDays = firstMeetingDays
    }

    enum CodingKeys: String, CodingKey {
        case name, description, type, mode, questions
        case defaultCapacity = "default_capacity"
        case enrolmentStarts = "enrolment_starts"
        case matchingStarts = "matching_starts"
        case activeStarts = "active_starts"
        case closingStarts = "closing_starts"
        case endsOn = "ends_on"
        case firstMeetingDays = "first_meeting_days"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: c.draftText(.name), description: c.draftText(.description),
            type: c.draftText(.type), mode: c.draftText(.mode),
            defaultCapacity: c.draftText(.defaultCapacity), questions: c.draftText(.questions),
            enrolmentStarts: c.draftText(.enrolmentStarts),
            matchingStarts: c.draftText(.matchingStarts), activeStarts: c.draftText(.activeStarts),
            closingStarts: c.draftText(.closingStarts), endsOn: c.draftText(.endsOn),
            firstMeetingDays: c.draftText(.firstMeetingDays))
    }
}
