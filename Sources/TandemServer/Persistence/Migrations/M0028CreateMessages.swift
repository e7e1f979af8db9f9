import Fluent
import SQLKit

struct M0028CreateMessages: AsyncMigration {
    var name: String { "0028-create-messages" }

    func prepare(on database: any Database) async throws {
        try await database.schema("messages")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        // Keyset pages and unread counts both walk (relationship, created_at).
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX messages_relationship_created ON messages (relationship_id, created_at, id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("messages").delete()
    }
}
