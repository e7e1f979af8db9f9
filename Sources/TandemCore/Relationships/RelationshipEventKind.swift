/// What a relationship's timeline records for its programme's admins (never anything the pair
/// wrote to each other).
public enum RelationshipEventKind: String, LabelledChoice {
    /// The members got a friendly nudge because the pair was at risk or stalled.
    case nudged
    /// Still not healthy a cadence period after the nudge: the admins were alerted.
    case escalated
    /// Healthy again after a nudge or an alert.
    case recovered
    /// An admin ended it kindly so the mentee can be matched again.
    case rematched
    /// An admin closed it.
    case closedByAdmin = "closed_by_admin"

    public var label: String {
        switch self {
        case .nudged: "Members nudged"
        case .escalated: "Admins alerted"
        case .recovered: "Back on track"
        case .rematched: "Re-matched by an admin"
        case .closedByAdmin: "Closed by an admin"
        }
    }
}
