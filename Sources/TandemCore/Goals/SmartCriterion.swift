/// The five SMART qualities of a goal, in the order the acronym lists them.
public enum SmartCriterion: String, CaseIterable, Sendable, Codable {
    case specific
    case measurable
    case achievable
    case relevant
    case timeBound = "time_bound"

    public var label: String {
        switch self {
        case .specific: "Specific"
        case .measurable: "Measurable"
        case .achievable: "Achievable"
        case .relevant: "Relevant"
        case .timeBound: "Time-bound"
        }
    }
}
