import Fluent

struct M0050CreatePlanMessages: AsyncMigration {
    var name: String { "0050-create-plan-messages" }

    func prepare(on database: any Database) async throws {
        try await database.schema("plan_messages")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("programme_id", .uuid, .required, .references("programmes", "id", onDelete: .cascade))
            .field("event", .string, .required)
            .field("offset_days", .int, .required)
            .field("audience", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("channels", .string, .required)
            .field("enabled", .bool, .required)
            .field("position", .int, .required)
            .field("planned_at", .datetime, .required)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plan_messages").delete()
    }
}
