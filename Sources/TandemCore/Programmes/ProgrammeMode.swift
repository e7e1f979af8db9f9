/// Formal programmes run as a dated cohort; informal ones are always open.
public enum ProgrammeMode: String, LabelledChoice {
    case formal
    case informal

    public var label: String {
        switch self {
        case .formal: "Formal cohort"
        case .informal: "Informal, always open"
        }
    }
}
