/// How a mentoring relationship is going, from its meeting and check-in dates.
public enum RelationshipHealth: String, LabelledChoice {
    case healthy
    case atRisk = "at_risk"
    case stalled

    public var label: String {
        switch self {
        case .healthy: "Healthy"
        case .atRisk: "At risk"
        case .stalled: "Stalled"
        }
    }
}
