/// A goal after validation: trimmed text, a real date or none, known choices.
public struct ValidGoal: Sendable, Hashable, Codable {
    public static let maxTitleLength = 200
    public static let maxDescriptionLength = 4000
    public static let maxMeasureLength = 1000
    public static let maxMilestones = 20
    public static let maxMilestoneLength = 200

    public var title: String
    public var description: String
    public var measure: String
    public var targetDate: LocalDate?
    public var status: GoalStatus
    public var visibility: GoalVisibility
    public var milestones: [String]

    public init(
        title: String, description: String = "", measure: String = "",
        targetDate: LocalDate? = nil, status: GoalStatus = .notStarted,
        visibility: GoalVisibility = .pair, milestones: [String] = []
    ) {
        self.title = title
        self.description = description
        self.measure = measure
        self.targetDate = targetDate
        self.status = status
        self.visibility = visibility
        self.milestones = milestones
    }
}

extension ValidGoal {
    /// Back to a draft, to pre-fill an edit form.
    public var draft: GoalDraft {
        GoalDraft(
            title: title, description: description, measure: measure,
            targetDate: targetDate?.iso ?? "", status: status.rawValue,
            visibility: visibility.rawValue, milestones: milestones.joined(separator: "\n"))
    }
}
