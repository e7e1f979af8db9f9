/// A goal form (or API body) exactly as submitted by one member of a relationship; mentors set
/// goals too. `validate()` turns it into a `ValidGoal`. Coding keys are the snake_case form
/// field names, and decoding never fails: the validator reports what is missing.
public struct GoalDraft: Sendable, Hashable, Codable {
    public var title: String
    public var description: String
    /// The measure of success: how the person will know the goal is reached.
    public var measure: String
    /// "YYYY-MM-DD", as an HTML date input sends it, or "" for no date.
    public var targetDate: String
    /// A `GoalStatus` raw value; "" means not started.
    public var status: String
    /// A `GoalVisibility` raw value; "" means only the pair.
    public var visibility: String
    /// One milestone per line; blank lines are ignored.
    public var milestones: String

    public init(
        title: String = "", description: String = "", measure: String = "",
        targetDate: String = "", status: String = "", visibility: String = "",
        milestones: String = ""
    ) {
        self.title = title
        self.description = description
        self.measure = measure
        self.targetDate = targetDate
        self.status = status
        self.visibility = visibility
        self.milestones = milestones
    }

    enum CodingKeys: String, CodingKey {
        case title, description, measure, status, visibility, milestones
        case targetDate = "target_date"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: c.draftText(.title), description: c.draftText(.description),
            measure: c.draftText(.measure), targetDate: c.draftText(.targetDate),
            status: c.draftText(.status), visibility: c.draftText(.visibility),
            milestones: c.draftText(.milestones))
    }
}
