import Fluent

struct M0012CreateRelationships: AsyncMigration {
    var name: String { "0012-create-relationships" }

    func prepare(on database: any Database) async throws {
        try await database.schema("relationships")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("status", .string, .required)
            .field("cadence", .string)
            .field("started_at", .datetime, .required)
            .field("closed_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("relationships").delete()
    }
}
