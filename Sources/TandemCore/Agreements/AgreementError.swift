/// Failures of the agreement rules.
public enum AgreementError: CodedError, Equatable {
    /// Nobody has proposed an agreement yet, so there is nothing to confirm.
    case notProposed
    /// The version confirmed is not the current one (someone edited it meanwhile).
    case staleVersion(current: Int)
    case notMember

    public var code: String {
        switch self {
        case .notProposed: "agreement.not_proposed"
        case .staleVersion: "agreement.stale_version"
        case .notMember: "agreement.not_member"
        }
    }

    public var message: String {
        switch self {
        case .notProposed: "There is no agreement to confirm yet. Propose one first."
        case .staleVersion(let current): "The agreement was changed meanwhile (it is now version \(current)). Read what changed, then confirm again."
        case .notMember: "Only the members of this relationship confirm its agreement."
        }
    }
}
