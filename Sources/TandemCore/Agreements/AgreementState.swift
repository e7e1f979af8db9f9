/// Where a relationship's agreement stands. The admin console and the workspace both read it.
public enum AgreementState: String, Sendable, CaseIterable, Codable {
    /// Nobody has proposed one yet.
    case none
    /// Proposed (or edited before it ever came into force); not every member has confirmed it.
    case proposed
    /// Every current member has confirmed the current version.
    case inForce = "in_force"
    /// An earlier version was in force; the current one (an edit, or a new member) awaits confirmation.
    case needsReconfirmation = "needs_reconfirmation"

    public var label: String {
        switch self {
        case .none: "No agreement yet"
        case .proposed: "Proposed, awaiting confirmation"
        case .inForce: "In force"
        case .needsReconfirmation: "Changed, awaiting re-confirmation"
        }
    }
}
