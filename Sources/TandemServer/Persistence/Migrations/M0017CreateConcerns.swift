import Fluent
import SQLKit

struct M0017CreateConcerns: AsyncMigration {
    var name: String { "0017-create-concerns" }

    func prepare(on database: any Database) async throws {
        try await database.schema("concerns")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("raised_by", .uuid, .required, .references("users", "id"))
            .field("body", .string, .required)
            .field("created_at", .datetime)
            .field("resolved_at", .datetime)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX concerns_org_created ON concerns (organisation_id, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("concerns").delete()
    }
}
