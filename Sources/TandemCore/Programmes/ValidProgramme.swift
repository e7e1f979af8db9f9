/// A programme's settings after validation. `schedule` is set for formal programmes only.
public struct ValidProgramme: Sendable, Hashable, Codable {
    public static let capacityRange = 1...50
    public static let maxNameLength = 120
    public static let maxDescriptionLength = 4000
    public static let maxQuestions = 10
    public static let maxQuestionLength = 300

    public var name: String
    public var description: String
    public var type: ProgrammeType
    public var mode: ProgrammeMode
    public var defaultCapacity: Int
    public var questions: [String]
    public var schedule: ProgrammeSchedule?
    /// Days after the match without a first meeting before the pair is at risk.
    public var firstMeetingDays: Int

    public init(
        name: String, description: String, type: ProgrammeType, mode: ProgrammeMode,
        defaultCapacity: Int, questions: [String], schedule: ProgrammeSchedule?,
        firstMeetingDays: Int = HealthRules.defaultFirstMeetingDays
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.mode = mode
        self.defaultCapacity = defaultCapacity
        self.questions = questions
        self.schedule = schedule
        self.firstMeetingDays = firstMeetingDays
    }
}

extension ValidProgramme {
    /// Back to a draft, to pre-fill an edit form.
    public var draft: ProgrammeDraft {
        ProgrammeDraft(
            name: name, description: description, type: type.rawValue, mode: mode.rawValue,
            defaultCapacity: String(defaultCapacity), questions: questions.joined(separator: "\n"),
            enrolmentStarts: schedule?.enrolmentStarts.iso ?? "",
            matchingStarts: schedule?.matchingStarts.iso ?? "",
            activeStarts: schedule?.activeStarts.iso ?? "",
            closingStarts: schedule?.closingStarts.iso ?? "",
            endsOn: schedule?.endsOn.iso ?? "", firstMeetingDays: String(firstMeetingDays))
    }
}
