import Fluent
import SQLKit

struct M0026CreateActionItems: AsyncMigration {
    var name: String { "0026-create-action-items" }

    func prepare(on database: any Database) async throws {
        try await database.schema("action_items")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("meeting_id", .uuid, .references("meetings", "id", onDelete: .setNull))
            .field("owner_id", .uuid, .required, .references("users", "id"))
            .field("title", .string, .required)
            .field("due_on", .string)
            .field("done_at", .datetime)
            .field("created_at", .datetime)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX action_items_relationship ON action_items (relationship_id, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("action_items").delete()
    }
}
