import Foundation

/// Why a check-in cannot be logged or confirmed.
public enum CheckInError: CodedError, Equatable {
    /// Logged already, by a double submit or by the partner at the same moment; `meetingID` is
    /// the existing check-in, when known.
    case alreadyLogged(meetingID: UUID?)
    /// Only a check-in that took place can be confirmed.
    case notHeld
    /// The partner confirms the check-ins a member logs, not the member who logged it.
    case ownCheckIn

    public var code: String {
        switch self {
        case .alreadyLogged: "check_in.already_logged"
        case .notHeld: "check_in.not_held"
        case .ownCheckIn: "check_in.own"
        }
    }

    public var message: String {
        switch self {
        case .alreadyLogged: "This check-in is already logged."
        case .notHeld: "Only a check-in that took place can be confirmed."
        case .ownCheckIn: "Your partner confirms the check-ins you log."
        }
    }
}
