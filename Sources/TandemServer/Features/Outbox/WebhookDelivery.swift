import Foundation
import Vapor

/// The `post_webhook` job: one JSON message to one Slack or Teams incoming webhook. Any status
/// outside 2xx fails the job, which retries on its own schedule; other channels are unaffected.
enum WebhookDelivery {
    struct Refused: Error, CustomStringConvertible {
        let status: Int
        var description: String { "The webhook answered HTTP \(status)." }
    }
    struct NotConfigured: Error, CustomStringConvertible {
        var description: String { "No webhook transport is configured." }
    }

    static func post(_ payload: JobPayload.PostWebhook, app: Application) async throws {
        guard let poster = app.webhookPoster else { throw NotConfigured() }
        guard let url = URL(string: payload.url) else { throw Refused(status: 0) }
        let status = try await poster.post(json: Data(payload.json.utf8), to: url)
        guard (200..<300).contains(status) else { throw Refused(status: status) }
    }
}
