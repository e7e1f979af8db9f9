import Fluent
import Foundation
import TandemCore

/// Every email Tandem writes, and what became of it. A `send_email` job delivers it through
/// SMTP; without `SMTP_URL` it stays here as `held`, readable by admins on the outbox page.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox_messages"

    enum State: String, Codable, Sendable {
        /// Waiting for its job.
        case queued
        /// No SMTP is configured: kept in the outbox only.
        case held
        case sent
        /// Every retry failed; `lastError` says why.
        case failed
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "to_email") var toEmail: String
    @Field(key: "to_name") var toName: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    /// Empty when the email is plain text only.
    @Field(key: "html_body") var htmlBody: String
    @Field(key: "calendar_method") var calendarMethod: String
    @Field(key: "calendar_ics") var calendarICS: String
    @Field(key: "unsubscribe_url") var unsubscribeURL: String
    /// Password resets and invitations: their links take over an account, so the page redacts them.
    @Field(key: "is_secret") var isSecret: Bool
    @Field(key: "idempotency_key") var idempotencyKey: String
    @Field(key: "state") var state: State
    @Field(key: "server_reply") var serverReply: String
    @Field(key: "last_error") var lastError: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}

    init(organisationID: UUID, toEmail: String, subject: String, body: String, idempotencyKey: String,
         toName: String = "", htmlBody: String = "", isSecret: Bool = false, unsubscribeURL: String = "") {
        self.organisationID = organisationID
        self.toEmail = toEmail
        self.toName = toName
        self.subject = subject
        self.body = body
        self.htmlBody = htmlBody
        self.calendarMethod = ""
        self.calendarICS = ""
        self.unsubscribeURL = unsubscribeURL
        self.isSecret = isSecret
        self.idempotencyKey = idempotencyKey
        self.state = .queued
        self.serverReply = ""
        self.lastError = ""
    }

    /// The transport's view of this row.
    var outgoing: OutgoingEmail {
        OutgoingEmail(
            toAddress: toEmail, toName: toName.isEmpty ? nil : toName, subject: subject, text: body,
            html: htmlBody.isEmpty ? nil : htmlBody,
            calendar: OutgoingEmail.CalendarPart.Method(rawValue: calendarMethod).map { .init(method: $0, ics: calendarICS) },
            unsubscribeURL: unsubscribeURL.isEmpty ? nil : unsubscribeURL, idempotencyKey: idempotencyKey
        )
    }
}
