/// Why a survey cannot be answered.
public enum SurveyError: CodedError, Equatable, CaseIterable {
    case closed
    /// One response per person, relationship and survey.
    case alreadyAnswered

    public var code: String {
        switch self {
        case .closed: "survey.closed"
        case .alreadyAnswered: "survey.already_answered"
        }
    }

    public var message: String {
        switch self {
        case .closed: "This survey has closed."
        case .alreadyAnswered: "You have already answered this survey."
        }
    }
}
