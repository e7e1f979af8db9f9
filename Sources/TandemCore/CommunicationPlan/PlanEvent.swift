/// What a plan message is tied to: a phase boundary of a formal programme, the mid-point of its
/// active phase, or the moment a relationship is matched. Stored as its raw value.
public enum PlanEvent: String, LabelledChoice {
    case enrolmentStarts = "enrolment_starts"
    case matchingStarts = "matching_starts"
    case activeStarts = "active_starts"
    case midpoint
    case closingStarts = "closing_starts"
    case ends
    case matched

    public var label: String {
        switch self {
        case .enrolmentStarts: "Enrolment opens"
        case .matchingStarts: "Matching opens (enrolment closes)"
        case .activeStarts: "Active phase starts"
        case .midpoint: "Mid-point of the active phase"
        case .closingStarts: "Closing starts"
        case .ends: "Programme ends"
        case .matched: "A pair is matched"
        }
    }

    /// `matched` happens once per relationship; the others once per programme.
    public var isPerRelationship: Bool { self == .matched }

    /// Informal programmes have no dates, so only the match can trigger their messages.
    public static func allowed(in mode: ProgrammeMode) -> [PlanEvent] {
        mode == .formal ? allCases : [.matched]
    }

    /// Lower-case words for a sentence: "7 days before matching opens".
    var phrase: String {
        switch self {
        case .enrolmentStarts: "enrolment opens"
        case .matchingStarts: "matching opens"
        case .activeStarts: "the active phase starts"
        case .midpoint: "the mid-point"
        case .closingStarts: "closing starts"
        case .ends: "the end"
        case .matched: "match"
        }
    }
}
