import Fluent
import SQLKit

/// A meeting is scheduled, then held (a check-in) or cancelled. Moving it raises `sequence`,
/// which calendar feeds publish so subscribers update the event instead of duplicating it.
struct M0023CreateMeetings: AsyncMigration {
    var name: String { "0023-create-meetings" }

    func prepare(on database: any Database) async throws {
        try await database.schema("meetings")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("status", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("time_zone", .string, .required)
            .field("duration_minutes", .int, .required)
            .field("format", .string, .required)
            .field("link", .string)
            .field("agenda", .string, .required)
            .field("shared_notes", .string, .required)
            .field("sequence", .int, .required)
            .field("logged_by", .uuid, .references("users", "id"))
            .field("confirmed_by", .uuid, .references("users", "id"))
            .field("confirmed_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX meetings_relationship ON meetings (relationship_id, starts_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meetings").delete()
    }
}
