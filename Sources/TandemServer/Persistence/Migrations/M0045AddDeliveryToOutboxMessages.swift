import Fluent
import SQLKit

/// The outbox becomes the record of every email: who it is for, its HTML and calendar parts,
/// whether its links are secret (password reset, invitation: redacted on the outbox page), and
/// what happened when it was sent. Rows written before this keep `held` until a worker sends them.
struct M0045AddDeliveryToOutboxMessages: AsyncMigration {
    var name: String { "0045-add-delivery-to-outbox-messages" }

    func prepare(on database: any Database) async throws {
        for field in Self.fields {
            try await database.schema("outbox_messages").field(field.0, field.1, field.2).update()
        }
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX outbox_org_created ON outbox_messages (organisation_id, created_at, id)").run()
    }

    /// One column per ALTER: SQLite adds one column per statement.
    static let fields: [(FieldKey, DatabaseSchema.DataType, DatabaseSchema.FieldConstraint)] = [
        ("to_name", .string, .sql(.default(""))),
        ("html_body", .string, .sql(.default(""))),
        ("calendar_method", .string, .sql(.default(""))),
        ("calendar_ics", .string, .sql(.default(""))),
        ("unsubscribe_url", .string, .sql(.default(""))),
        ("is_secret", .bool, .sql(.default(false))),
        ("state", .string, .sql(.default("held"))),
        ("server_reply", .string, .sql(.default(""))),
        ("last_error", .string, .sql(.default(""))),
    ]

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX outbox_org_created").run()
        for field in Self.fields.reversed() {
            try await database.schema("outbox_messages").deleteField(field.0).update()
        }
    }
}
