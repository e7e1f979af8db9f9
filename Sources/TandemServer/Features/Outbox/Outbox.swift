import Fluent
import Foundation
import TandemCore

/// Writes an email to the outbox and queues its delivery, in the caller's transaction: the email
/// exists exactly when the change that caused it does.
enum Outbox {
    @discardableResult
    static func queue(_ message: OutboxMessage, on db: any Database) async throws -> OutboxMessage {
        // The same idempotency key was queued before: that email is (or was) on its way. (A failed
        // insert would abort a PostgreSQL transaction, so look first.)
        if let queued = try await OutboxMessage.query(on: db).filter(\.$idempotencyKey == message.idempotencyKey).first() {
            return queued
        }
        try await message.save(on: db)
        let id = try message.requireID()
        try await JobQueue.enqueue(.sendEmail, JobPayload.SendEmail(outboxID: id), key: "email:\(id)",
                                   runAt: Date(), organisationID: message.organisationID, on: db)
        return message
    }
}
