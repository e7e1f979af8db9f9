/// What the admin relationships page and API can filter by (`?health=`).
public enum HealthFilter: String, LabelledChoice {
    case all
    case needsAttention = "needs_attention"
    case atRisk = "at_risk"
    case stalled
    case healthy

    public var label: String {
        switch self {
        case .all: "All"
        case .needsAttention: "At risk or stalled"
        case .atRisk: "At risk"
        case .stalled: "Stalled"
        case .healthy: "Healthy"
        }
    }

    public func includes(_ health: RelationshipHealth) -> Bool {
        switch self {
        case .all: true
        case .needsAttention: health != .healthy
        case .atRisk: health == .atRisk
        case .stalled: health == .stalled
        case .healthy: health == .healthy
        }
    }
}
