import Fluent
import SQLKit

struct M0013CreateRelationshipMembers: AsyncMigration {
    var name: String { "0013-create-relationship-members" }

    func prepare(on database: any Database) async throws {
        try await database.schema("relationship_members")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("role", .string, .required)
            .field("joined_at", .datetime)
            .unique(on: "relationship_id", "user_id")
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX relationship_members_user ON relationship_members (user_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("relationship_members").delete()
    }
}
