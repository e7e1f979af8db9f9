/// How a pair meets for one meeting or check-in.
public enum MeetingFormat: String, LabelledChoice {
    case video
    case inPerson = "in_person"
    case chat
    case call

    public var label: String {
        switch self {
        case .video: "Video call"
        case .inPerson: "In person"
        case .chat: "Chat"
        case .call: "Phone call"
        }
    }

    /// Only a video call cannot happen without a link; the others may still carry one.
    public var needsLink: Bool { self == .video }
}
