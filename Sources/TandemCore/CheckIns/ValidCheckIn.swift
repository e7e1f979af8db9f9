/// A check-in after validation: a meeting that took place, with what the pair wrote about it.
public struct ValidCheckIn: Sendable, Hashable, Codable {
    public static let maxNotesLength = 10_000
    public static let maxActions = 20

    public var meeting: ValidMeeting
    public var sharedNotes: String
    /// Shown only to the author; never in feeds or to the partner.
    public var privateNotes: String
    public var goalIDs: [String]
    public var actions: [ValidActionItem]

    public init(
        meeting: ValidMeeting, sharedNotes: String, privateNotes: String, goalIDs: [String],
        actions: [ValidActionItem]
    ) {
        self.meeting = meeting
        self.sharedNotes = sharedNotes
        self.privateNotes = privateNotes
        self.goalIDs = goalIDs
        self.actions = actions
    }
}
