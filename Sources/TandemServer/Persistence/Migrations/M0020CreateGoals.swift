import Fluent
import SQLKit

struct M0020CreateGoals: AsyncMigration {
    var name: String { "0020-create-goals" }

    func prepare(on database: any Database) async throws {
        try await database.schema("goals")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("owner_id", .uuid, .required, .references("users", "id"))
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("measure", .string, .required)
            .field("target_date", .string)
            .field("status", .string, .required)
            .field("visibility", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX goals_relationship ON goals (relationship_id, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("goals").delete()
    }
}
