/// Whether a mentoring relationship is running or has been archived.
public enum RelationshipStatus: String, LabelledChoice {
    case active
    case closed

    public var label: String {
        switch self {
        case .active: "Active"
        case .closed: "Closed"
        }
    }
}
