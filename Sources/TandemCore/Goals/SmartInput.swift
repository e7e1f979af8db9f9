/// What the SMART check reads: the goal's text and dates, plus the context that decides
/// relevance and timing. `today` is passed in (in the organisation's zone) so the check is pure.
public struct SmartInput: Sendable, Hashable {
    public var title: String
    public var description: String
    public var measure: String
    public var targetDate: LocalDate?
    public var milestones: [String]
    public var today: LocalDate
    /// The programme's end date; nil for informal programmes, which never end.
    public var programmeEnds: LocalDate?
    /// Skills and topics the relationship is about, such as the mentee's wanted skills and the
    /// mentor's offered skills. May be empty.
    public var focusAreas: [String]

    public init(
        title: String, description: String = "", measure: String = "",
        targetDate: LocalDate? = nil, milestones: [String] = [], today: LocalDate,
        programmeEnds: LocalDate? = nil, focusAreas: [String] = []
    ) {
        self.title = title
        self.description = description
        self.measure = measure
        self.targetDate = targetDate
        self.milestones = milestones
        self.today = today
        self.programmeEnds = programmeEnds
        self.focusAreas = focusAreas
    }

    public init(
        goal: ValidGoal, today: LocalDate, programmeEnds: LocalDate? = nil,
        focusAreas: [String] = []
    ) {
        self.init(
            title: goal.title, description: goal.description, measure: goal.measure,
            targetDate: goal.targetDate, milestones: goal.milestones, today: today,
            programmeEnds: programmeEnds, focusAreas: focusAreas)
    }
}
