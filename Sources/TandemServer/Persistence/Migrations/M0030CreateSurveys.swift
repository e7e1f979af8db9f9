import Fluent

struct M0030CreateSurveys: AsyncMigration {
    var name: String { "0030-create-surveys" }

    func prepare(on database: any Database) async throws {
        try await database.schema("surveys")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("programme_id", .uuid, .required, .references("programmes", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("intro", .string, .required)
            .field("trigger", .string, .required)
            .field("pulse_after", .int)
            .field("anonymous", .bool, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("closed_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("surveys").delete()
    }
}
