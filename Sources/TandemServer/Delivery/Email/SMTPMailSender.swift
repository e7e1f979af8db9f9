import Foundation
import TandemCore

/// Sends an `OutgoingEmail` through `SMTP_URL`: composes the MIME message in Core, then runs
/// one SMTP conversation per message. The receipt is the server's reply to the end of DATA.
struct SMTPMailSender: MailSender {
    var client: SMTPClient
    var from: MailAddress
    var now: @Sendable () -> Date = { Date() }

    init(client: SMTPClient, from: MailAddress) {
        self.client = client
        self.from = from
    }

    /// The sender for these settings, or nil when `SMTP_URL` is unset (mail stays in the outbox).
    init?(settings: AppSettings, connector: OutboundConnector) {
        guard let endpoint = settings.smtp, let from = settings.mailFrom else { return nil }
        let client = SMTPClient(endpoint: endpoint, connector: connector,
                                heloName: SMTPConversationRules.ehloName(publicURL: settings.publicURL))
        self.init(client: client, from: from)
    }

    func send(_ email: OutgoingEmail) async throws -> MailReceipt {
        let message = try mailMessage(email)
        let reply = try await client.send(
            envelopeFrom: from.address, envelopeTo: message.to.address, message: MIMEComposer.compose(message))
        return MailReceipt(serverReply: reply.description)
    }

    func mailMessage(_ email: OutgoingEmail) throws -> MailMessage {
        MailMessage(
            from: from, to: try MailAddress(name: email.toName, address: email.toAddress),
            subject: email.subject, text: email.text, html: email.html,
            calendar: email.calendar.map { MailMessage.CalendarPart(method: $0.method == .cancel ? .cancel : .request, ics: $0.ics) },
            unsubscribeURL: email.unsubscribeURL, idempotencyKey: email.idempotencyKey, date: now())
    }
}
