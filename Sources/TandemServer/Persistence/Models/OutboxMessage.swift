import Fluent
import Foundation

/// Email waiting to be sent. Delivery arrives with the email issue; until then the row is the record.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox_messages"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "to_email") var toEmail: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "idempotency_key") var idempotencyKey: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}

    init(organisationID: UUID, toEmail: String, subject: String, body: String, idempotencyKey: String) {
        self.organisationID = organisationID
        self.toEmail = toEmail
        self.subject = subject
        self.body = body
        self.idempotencyKey = idempotencyKey
    }
}
