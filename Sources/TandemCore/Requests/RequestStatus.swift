/// The life of a mentee's request to a mentor. Only `pending` can change. Stored as the raw value.
public enum RequestStatus: String, LabelledChoice {
    case pending
    case accepted
    case declined
    case withdrawn
    /// Nobody answered within the programme's response window (`RequestClock`).
    case expired

    public var label: String {
        switch self {
        case .pending: "Pending"
        case .accepted: "Accepted"
        case .declined: "Declined"
        case .withdrawn: "Withdrawn"
        case .expired: "Expired"
        }
    }
}
