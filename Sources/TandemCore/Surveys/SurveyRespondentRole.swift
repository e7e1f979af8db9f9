/// The side a respondent answers from, which picks their questions and their role split
/// in the report. It mirrors `EnrolmentRole`.
public enum SurveyRespondentRole: String, LabelledChoice {
    case mentor
    case mentee
    case peer

    /// Plural, as the heading of a role split in the report.
    public var label: String {
        switch self {
        case .mentor: "Mentors"
        case .mentee: "Mentees"
        case .peer: "Peers"
        }
    }

    public init(_ role: EnrolmentRole) {
        switch role {
        case .mentor: self = .mentor
        case .mentee: self = .mentee
        case .peer: self = .peer
        }
    }
}
