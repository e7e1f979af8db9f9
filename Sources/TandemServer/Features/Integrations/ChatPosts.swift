import Fluent
import Foundation
import TandemCore

/// Queues a chat message for each channel that applies: the programme's own webhook when it has
/// one, else the organisation's. Each post is its own job, retried on its own, so one failing
/// channel never holds up another.
enum ChatPosts {
    static func queue(_ message: ChatMessage, organisationID: UUID, programmeID: UUID?, key: String, on db: any Database) async throws {
        let rows = try await WebhookIntegration.query(on: db).filter(\.$organisationID == organisationID).all()
        for channel in WebhookChannel.allCases {
            let own = rows.first { $0.channel == channel && $0.programmeID != nil && $0.programmeID == programmeID }
            guard let target = own ?? rows.first(where: { $0.channel == channel && $0.programmeID == nil }) else { continue }
            let json = String(decoding: message.json(for: channel), as: UTF8.self)
            try await JobQueue.enqueue(.postWebhook, JobPayload.PostWebhook(url: target.url, json: json),
                                       key: "webhook:\(channel.rawValue):\(key)", runAt: Date(), organisationID: organisationID, on: db)
        }
    }
}
