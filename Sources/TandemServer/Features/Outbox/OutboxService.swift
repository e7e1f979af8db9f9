import Fluent
import Foundation
import TandemCore
import Vapor

/// The admin's test email: sent at once, not through the queue, so the page can say exactly
/// what the mail server answered. It is kept in the outbox like any other email.
struct OutboxService {
    let context: ServiceContext
    let mailer: (any MailSender)?
    let settings: AppSettings

    enum TestResult {
        case notConfigured
        case sent(reply: String)
        case refused(error: String)
    }

    func sendTestEmail() async throws -> TestResult {
        let admin = context.actor
        let message = OutboxMessage(
            organisationID: admin.organisationID, toEmail: admin.email,
            subject: "Tandem test email",
            body: "Hi \(admin.name),\n\nThis is a test email from Tandem at \(settings.publicURL). If you can read it, email works.",
            idempotencyKey: "test-email:\(UUID().uuidString)", toName: admin.name)
        message.state = .held
        guard let mailer else {
            try await message.save(on: context.db)
            return .notConfigured
        }
        let result: TestResult
        do {
            let receipt = try await mailer.send(message.outgoing)
            message.state = .sent
            message.sentAt = Date()
            message.serverReply = String(receipt.serverReply.prefix(500))
            result = .sent(reply: receipt.serverReply)
        } catch {
            message.state = .failed
            message.lastError = String(String(describing: error).prefix(500))
            result = .refused(error: String(describing: error))
        }
        try await message.save(on: context.db)
        try await Audit.record("email.test_sent", organisationID: admin.organisationID, actorID: admin.id,
                               target: "user", targetID: admin.id, on: context.db)
        return result
    }
}
