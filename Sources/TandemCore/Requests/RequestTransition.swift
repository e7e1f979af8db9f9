/// What can happen to a pending request.
public enum RequestAction: String, Sendable, Codable, CaseIterable {
    case accept
    case decline
    case withdraw

    public var resultingStatus: RequestStatus {
        switch self {
        case .accept: .accepted
        case .decline: .declined
        case .withdraw: .withdrawn
        }
    }
}

/// Only a pending request can change; every answer is final.
public enum RequestTransition {
    /// The status after `action`, or `.notPending` when `status` is already settled.
    public static func apply(
        _ action: RequestAction, to status: RequestStatus
    ) throws(RequestRuleError) -> RequestStatus {
        guard status == .pending else { throw .notPending }
        return action.resultingStatus
    }
}
