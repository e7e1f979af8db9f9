/// Where a plan message is delivered. A message has a set of these, stored as a comma-separated
/// list of raw values in a fixed order ("in_app,email").
public enum PlanChannel: String, LabelledChoice {
    case inApp = "in_app"
    case email
    case slack

    public var label: String {
        switch self {
        case .inApp: "In the app (bell)"
        case .email: "Email"
        case .slack: "Slack"
        }
    }

    /// The stored form: raw values in `allCases` order, so equal sets store equal text.
    public static func stored(_ set: Set<PlanChannel>) -> String {
        allCases.filter(set.contains).map(\.rawValue).joined(separator: ",")
    }

    /// Reads the stored form back; unknown values are dropped.
    public static func parse(_ stored: String) -> Set<PlanChannel> {
        Set(stored.split(separator: ",").compactMap { PlanChannel(rawValue: String($0)) })
    }
}
