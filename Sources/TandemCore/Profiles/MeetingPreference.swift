/// How a person prefers to meet.
public enum MeetingPreference: String, LabelledChoice {
    case video
    case chat
    case inPerson = "in_person"
    case call

    public var label: String {
        switch self {
        case .video: "Video call"
        case .chat: "Chat"
        case .inPerson: "In person"
        case .call: "Phone call"
        }
    }
}
