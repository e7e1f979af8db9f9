import Fluent

struct M0008CreateProfiles: AsyncMigration {
    var name: String { "0008-create-profiles" }

    func prepare(on database: any Database) async throws {
        try await database.schema("profiles")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("department", .string, .required)
            .field("seniority", .int, .required)
            .field("time_zone", .string, .required)
            .field("languages", .string, .required)
            .field("languages_key", .string, .required)
            .field("skills_offered", .string, .required)
            .field("skills_offered_key", .string, .required)
            .field("skills_wanted", .string, .required)
            .field("motivators", .string, .required)
            .field("communication_style", .string, .required)
            .field("meeting_preference", .string, .required)
            .field("availability_hours", .int, .required)
            .field("mentor_capacity", .int, .required)
            .field("mentor_seats_used", .int, .required)
            .field("bio", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("profiles").delete()
    }
}
