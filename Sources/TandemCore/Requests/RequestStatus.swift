/// The life of a mentee's request to a mentor. Only `pending` can change.
public enum RequestStatus: String, LabelledChoice {
    case pending
    case accepted
    case declined
    case withdrawn

    public var label: String {
        switch self {
        case .pending: "Pending"
        case .accepted: "Accepted"
        case .declined: "Declined"
        case .withdrawn: "Withdrawn"
        }
    }
}
