import Fluent
import SQLKit

/// A relationship's timeline for its programme's admins: nudged, escalated, back on track,
/// re-matched. Never private notes, messages or feedback text. The detail page reads one
/// relationship's events newest first.
struct M0068CreateRelationshipEvents: AsyncMigration {
    var name: String { "0068-create-relationship-events" }

    func prepare(on database: any Database) async throws {
        try await database.schema("relationship_events")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("details", .string, .required)
            .field("actor_id", .uuid, .references("users", "id"))
            .field("created_at", .datetime, .required)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX relationship_events_relationship ON relationship_events (relationship_id, created_at, id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("relationship_events").delete()
    }
}
