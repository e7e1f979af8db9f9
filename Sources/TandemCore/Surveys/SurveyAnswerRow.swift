/// One stored answer, as the server reads it back for a report.
public struct SurveyAnswerRow: Sendable, Hashable, Codable {
    public var questionID: String
    public var role: SurveyRespondentRole
    /// An opaque id for the person (or their response), to count respondents and tell
    /// duplicates apart. In a named survey it is also what `namedAnswers` are grouped by.
    public var respondent: String
    public var value: SurveyAnswerValue

    public init(
        questionID: String, role: SurveyRespondentRole, respondent: String, value: SurveyAnswerValue
    ) {
        self.questionID = questionID
        self.role = role
        self.respondent = respondent
        self.value = value
    }
}
