/// The side a person takes in a programme. Peer types have no sides, so everyone is a `peer`.
public enum EnrolmentRole: String, LabelledChoice {
    case mentor
    case mentee
    case peer

    public var label: String {
        switch self {
        case .mentor: "Mentor"
        case .mentee: "Mentee"
        case .peer: "Peer"
        }
    }
}
