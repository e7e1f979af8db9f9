/// What a question asks about: the relationship, or the respondent themselves
/// (what I learned, what my partner learned from me).
public enum SurveyQuestionSubject: String, LabelledChoice {
    case relationship
    case myself = "self"

    public var label: String {
        switch self {
        case .relationship: "About the relationship"
        case .myself: "About yourself"
        }
    }
}
