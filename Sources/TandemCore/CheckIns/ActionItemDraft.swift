/// One row of a check-in's action items, as typed. A form sends `actions[0][title]`,
/// `actions[0][owner_id]`, `actions[0][due_date]`; rows with a blank title are ignored.
public struct ActionItemDraft: Sendable, Hashable, Codable {
    public var title: String
    /// The id of the member who owns the action.
    public var ownerID: String
    /// "YYYY-MM-DD", or blank for no due date.
    public var dueDate: String

    public init(title: String = "", ownerID: String = "", dueDate: String = "") {
        self.title = title
        self.ownerID = ownerID
        self.dueDate = dueDate
    }

    enum CodingKeys: String, CodingKey {
        case title
        case ownerID = "owner_id"
        case dueDate = "due_date"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(title: c.draftText(.title), ownerID: c.draftText(.ownerID), dueDate: c.draftText(.dueDate))
    }

    /// Whether the person left this row empty (forms usually show a few spare rows).
    public var isBlank: Bool { title.trimmed.isEmpty }
}

/// An action item after validation.
public struct ValidActionItem: Sendable, Hashable, Codable {
    public static let maxTitleLength = 300

    public var title: String
    public var ownerID: String
    public var dueOn: LocalDate?

    public init(title: String, ownerID: String, dueOn: LocalDate?) {
        self.title = title
        self.ownerID = ownerID
        self.dueOn = dueOn
    }
}
