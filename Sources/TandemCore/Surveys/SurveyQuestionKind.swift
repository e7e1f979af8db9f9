/// What sort of answer a survey question takes.
public enum SurveyQuestionKind: String, LabelledChoice {
    case rating
    case nps
    case singleChoice = "single_choice"
    case freeText = "free_text"

    public var label: String {
        switch self {
        case .rating: "Rating 1–5"
        case .nps: "0–10 likelihood to recommend"
        case .singleChoice: "Single choice"
        case .freeText: "Free text"
        }
    }

    /// The numbers a rating or NPS answer may take; nil for kinds answered with text.
    public var numberRange: ClosedRange<Int>? {
        switch self {
        case .rating: 1...5
        case .nps: 0...10
        case .singleChoice, .freeText: nil
        }
    }
}
