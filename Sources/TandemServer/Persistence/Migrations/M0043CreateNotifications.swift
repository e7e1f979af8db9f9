import Fluent
import SQLKit

/// The bell counts a person's unread notifications and the page lists them newest first, a page
/// at a time: both read (user_id, read_at, created_at). The nudge rate limit reads a person's
/// latest notification of a kind: (user_id, kind, created_at).
struct M0043CreateNotifications: AsyncMigration {
    var name: String { "0043-create-notifications" }

    func prepare(on database: any Database) async throws {
        try await database.schema("notifications")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("link", .string, .required)
            .field("dedupe_key", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .field("digested_at", .datetime)
            .unique(on: "dedupe_key")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX notifications_user_created ON notifications (user_id, created_at, id)").run()
        try await sql.raw("CREATE INDEX notifications_user_unread ON notifications (user_id, read_at)").run()
        try await sql.raw("CREATE INDEX notifications_user_kind_created ON notifications (user_id, kind, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notifications").delete()
    }
}
