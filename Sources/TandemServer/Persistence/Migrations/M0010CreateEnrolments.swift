import Fluent
import SQLKit

struct M0010CreateEnrolments: AsyncMigration {
    var name: String { "0010-create-enrolments" }

    func prepare(on database: any Database) async throws {
        try await database.schema("enrolments")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("role", .string, .required)
            .field("status", .string, .required)
            .field("capacity", .int, .required)
            .field("seats_used", .int, .required)
            .field("answers", .string, .required)
            .field("sort_name", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "programme_id", "user_id", "role")
            .create()
        // Mentor browse: filter by programme and role, keyset-sorted by name then id.
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX enrolments_browse ON enrolments (programme_id, role, status, sort_name, user_id)").run()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX enrolments_user ON enrolments (user_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("enrolments").delete()
    }
}
