import Fluent
import SQLKit

/// The programme's announcements page lists its announcements newest first.
struct M0047CreateAnnouncements: AsyncMigration {
    var name: String { "0047-create-announcements" }

    func prepare(on database: any Database) async throws {
        try await database.schema("announcements")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("audience", .string, .required)
            .field("channels", .string, .required)
            .field("send_at", .datetime, .required)
            .field("valid_until", .datetime, .required)
            .field("state", .string, .required)
            .field("recipients", .int, .required)
            .field("created_at", .datetime)
            .field("sent_at", .datetime)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX announcements_programme_created ON announcements (programme_id, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("announcements").delete()
    }
}
