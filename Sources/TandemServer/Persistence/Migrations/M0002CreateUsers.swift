import Fluent
import SQLKit

struct M0002CreateUsers: AsyncMigration {
    var name: String { "0002-create-users" }

    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("is_active", .bool, .required)
            .field("manager_id", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .unique(on: "organisation_id", "email")
            .create()
        // People lists sort by name within an organisation.
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX users_org_name ON users (organisation_id, name, id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").delete()
    }
}
