import Fluent

/// Closing reflections: one per member, kept with the archived relationship.
struct M0034CreateReflections: AsyncMigration {
    var name: String { "0034-create-reflections" }

    func prepare(on database: any Database) async throws {
        try await database.schema("reflections")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("learned", .string, .required)
            .field("partner_learned", .string, .required)
            .field("next_steps", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "relationship_id", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("reflections").delete()
    }
}
