/// What admins see of a survey: figures per question id, overall and split by role.
///
/// `responseCount` (distinct respondents) is shown even below the threshold: it says how many
/// people took part, which coordinators can see from who was prompted anyway, and nothing about
/// what anyone answered. Per-role respondent counts are left out, since next to a named list of
/// a small side they would narrow down who answered.
public struct SurveyReport: Sendable, Hashable, Codable {
    public let responseCount: Int
    /// Question id → summary over every respondent.
    public let overall: [String: QuestionSummary]
    /// One entry per role that answered anything, in `SurveyRespondentRole` order.
    public let byRole: [RoleSplitSummary]
    /// The answers themselves, by respondent then question order. Only a survey that told its
    /// respondents it is not anonymous has them; always empty for an anonymous survey.
    public let namedAnswers: [SurveyAnswerRow]

    public init(
        responseCount: Int, overall: [String: QuestionSummary], byRole: [RoleSplitSummary],
        namedAnswers: [SurveyAnswerRow]
    ) {
        self.responseCount = responseCount
        self.overall = overall
        self.byRole = byRole
        self.namedAnswers = namedAnswers
    }

    /// The split for `role`, or nil when nobody in that role answered.
    public func split(for role: SurveyRespondentRole) -> RoleSplitSummary? {
        byRole.first { $0.role == role }
    }
}

/// The figures from one role's answers only. Each group applies the threshold on its own.
public struct RoleSplitSummary: Sendable, Hashable, Codable {
    public let role: SurveyRespondentRole
    /// Question id → summary over this role's respondents.
    public let summaries: [String: QuestionSummary]

    public init(role: SurveyRespondentRole, summaries: [String: QuestionSummary]) {
        self.role = role
        self.summaries = summaries
    }
}
