/// A check-in form (or API body) as typed: the meeting that took place, with its fields flat at
/// the top level (`date`, `time`, …, as in `MeetingDraft`), plus notes, goals and action items.
public struct CheckInDraft: Sendable, Hashable, Codable {
    public var meeting: MeetingDraft
    /// Seen by both members.
    public var sharedNotes: String
    /// Seen only by the member who writes them.
    public var privateNotes: String
    /// The ids of the goals discussed, one per ticked checkbox.
    public var goalIDs: [String]
    public var actions: [ActionItemDraft]

    public init(
        meeting: MeetingDraft = MeetingDraft(), sharedNotes: String = "", privateNotes: String = "",
        goalIDs: [String] = [], actions: [ActionItemDraft] = []
    ) {
        self.meeting = meeting
        self.sharedNotes = sharedNotes
        self.privateNotes = privateNotes
        self.goalIDs = goalIDs
        self.actions = actions
    }

    enum CodingKeys: String, CodingKey {
        case actions
        case sharedNotes = "shared_notes"
        case privateNotes = "private_notes"
        case goalIDs = "goal_ids"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            meeting: try MeetingDraft(from: decoder), sharedNotes: c.draftText(.sharedNotes),
            privateNotes: c.draftText(.privateNotes), goalIDs: c.draftList(.goalIDs),
            actions: c.draftActionItems(.actions))
    }

    /// Flat, with the meeting's fields beside the check-in's, the same shape it decodes from.
    public func encode(to encoder: any Encoder) throws {
        try meeting.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sharedNotes, forKey: .sharedNotes)
        try c.encode(privateNotes, forKey: .privateNotes)
        try c.encode(goalIDs, forKey: .goalIDs)
        try c.encode(actions, forKey: .actions)
    }
}
