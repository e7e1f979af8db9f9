import Fluent

struct M0005CreateOutboxMessages: AsyncMigration {
    var name: String { "0005-create-outbox-messages" }

    func prepare(on database: any Database) async throws {
        try await database.schema("outbox_messages")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("to_email", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("idempotency_key", .string, .required)
            .field("created_at", .datetime)
            .field("sent_at", .datetime)
            .unique(on: "idempotency_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("outbox_messages").delete()
    }
}
