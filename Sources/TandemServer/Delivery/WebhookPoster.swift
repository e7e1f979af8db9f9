import Foundation

/// Posts a JSON body to an incoming-webhook URL (Slack, Microsoft Teams Workflows).
/// The transport checks the resolved address at connect time (docs/rules.md "Outgoing connections").
protocol WebhookPoster: Sendable {
    /// Returns the HTTP status; throws when the connection fails or the address is refused.
    func post(json: Data, to url: URL) async throws -> Int
}
