/// How a person likes conversations to go; a matching signal.
public enum CommunicationStyle: String, LabelledChoice {
    case direct
    case reflective
    case balanced

    public var label: String {
        switch self {
        case .direct: "Direct"
        case .reflective: "Reflective"
        case .balanced: "Balanced"
        }
    }
}
