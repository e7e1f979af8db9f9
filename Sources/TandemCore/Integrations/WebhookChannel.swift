/// The chat tools an organisation or a programme can post to through an incoming webhook.
public enum WebhookChannel: String, Codable, Sendable, CaseIterable {
    case slack
    case teams

    public var label: String {
        switch self {
        case .slack: "Slack"
        case .teams: "Microsoft Teams"
        }
    }
}
