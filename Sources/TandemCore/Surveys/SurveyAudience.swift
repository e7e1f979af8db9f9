/// Who is asked a survey question. Peers (in `peer` and `co_mentoring` programmes) have no side,
/// so they count as both mentors and mentees and are asked every question.
public enum SurveyAudience: String, LabelledChoice {
    case everyone
    case mentors
    case mentees

    public var label: String {
        switch self {
        case .everyone: "Mentors and mentees"
        case .mentors: "Mentors"
        case .mentees: "Mentees"
        }
    }

    public func includes(_ role: SurveyRespondentRole) -> Bool {
        switch (self, role) {
        case (.everyone, _), (_, .peer): true
        case (.mentors, .mentor), (.mentees, .mentee): true
        case (.mentors, .mentee), (.mentees, .mentor): false
        }
    }
}
