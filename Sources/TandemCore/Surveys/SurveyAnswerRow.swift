import Foundation

/// One stored answer, as the server reads it back for a report.
public struct SurveyAnswerRow: Sendable, Hashable, Codable {
    public var questionID: String
    public var role: SurveyRespondentRole
    /// An opaque id for the response, to tell duplicates apart. In a named survey it is also
    /// what `namedAnswers` are grouped by.
    public var respondent: String
    /// An opaque id for the person who answered. The anonymity threshold counts these, not
    /// responses: a mentor answering once for each of five mentees is one person.
    public var person: String
    /// When the response was submitted; `SurveyRelease` releases figures in steps by it.
    public var answeredAt: Date?
    public var value: SurveyAnswerValue

    /// Without `person`, each response counts as its own person.
    public init(
        questionID: String, role: SurveyRespondentRole, respondent: String, person: String? = nil,
        answeredAt: Date? = nil, value: SurveyAnswerValue
    ) {
        self.questionID = questionID
        self.role = role
        self.respondent = respondent
        self.person = person ?? respondent
        self.answeredAt = answeredAt
        self.value = value
    }
}
