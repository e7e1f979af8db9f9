/// Where a programme is in its life. Formal programmes move through these by date;
/// informal programmes are always `active`.
public enum ProgrammePhase: String, LabelledChoice {
    case upcoming
    case enrolment
    case matching
    case active
    case closing
    case ended

    public var label: String {
        switch self {
        case .upcoming: "Not started yet"
        case .enrolment: "Enrolment"
        case .matching: "Matching"
        case .active: "Active"
        case .closing: "Closing"
        case .ended: "Ended"
        }
    }
}
