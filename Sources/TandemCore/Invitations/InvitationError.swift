/// Why an invitation cannot be resent or used.
public enum InvitationError: CodedError, Equatable, CaseIterable {
    case alreadyAccepted
    /// Used, revoked or expired: the link is spent either way.
    case unavailable

    public var code: String {
        switch self {
        case .alreadyAccepted: "invitation.accepted"
        case .unavailable: "invitation.unavailable"
        }
    }

    public var message: String {
        switch self {
        case .alreadyAccepted: "This invitation was already accepted."
        case .unavailable: "This invitation has been used, revoked or has expired. Ask your admin for a new one."
        }
    }
}
