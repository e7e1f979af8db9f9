/// Where a goal stands, as its owner sees it. Only open goals still need attention.
public enum GoalStatus: String, LabelledChoice {
    case notStarted = "not_started"
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case done
    case dropped

    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .onTrack: "On track"
        case .atRisk: "At risk"
        case .done: "Done"
        case .dropped: "Dropped"
        }
    }

    /// Still being worked on: neither done nor dropped.
    public var isOpen: Bool {
        switch self {
        case .notStarted, .onTrack, .atRisk: true
        case .done, .dropped: false
        }
    }
}
