import Fluent
import Foundation
import TandemCore
import Vapor

/// The `send_email` job: sends one outbox row through the configured `MailSender`, or keeps it in
/// the outbox when there is none.
///
/// Delivery is at least once. The one window left: the server accepted the message and this
/// process stopped before recording `sent`. The job then runs again after its lease, and the
/// email goes a second time, with the same Message-ID (from its idempotency key), which lets
/// mail clients fold the two. Every re-send is logged.
enum EmailDelivery {
    static func send(outboxID: UUID, attempt: Int, now: Date, app: Application) async throws {
        guard let message = try await OutboxMessage.find(outboxID, on: app.db), message.state != .sent else { return }
        guard let sender = app.mailSender else {
            try await OutboxMessage.query(on: app.db).filter(\.$id == outboxID).set(\.$state, to: .held).update()
            return
        }
        if attempt > 0 {
            app.logger.notice("Re-sending email \(outboxID) (attempt \(attempt + 1)): \(message.lastError)")
        }
        do {
            let receipt = try await sender.send(message.outgoing)
            try await OutboxMessage.query(on: app.db).filter(\.$id == outboxID)
                .set(\.$state, to: .sent).set(\.$sentAt, to: now).set(\.$serverReply, to: String(receipt.serverReply.prefix(500)))
                .set(\.$lastError, to: "").update()
        } catch {
            let final = attempt + 1 > RetrySchedule.maxRetries
            try await OutboxMessage.query(on: app.db).filter(\.$id == outboxID)
                .set(\.$state, to: final ? .failed : .queued).set(\.$lastError, to: String(String(describing: error).prefix(500)))
                .update()
            throw error
        }
    }
}

extension Application {
    private struct MailSenderKey: StorageKey { typealias Value = any MailSender }
    private struct WebhookPosterKey: StorageKey { typealias Value = any WebhookPoster }

    /// The email transport; nil keeps every email in the outbox (no `SMTP_URL`).
    var mailSender: (any MailSender)? {
        get { storage[MailSenderKey.self] }
        set { storage[MailSenderKey.self] = newValue }
    }

    /// Posts to Slack and Teams webhooks; nil drops webhook jobs with an error.
    var webhookPoster: (any WebhookPoster)? {
        get { storage[WebhookPosterKey.self] }
        set { storage[WebhookPosterKey.self] = newValue }
    }
}
