import Fluent

/// Which goals a check-in discussed.
struct M0025CreateMeetingGoals: AsyncMigration {
    var name: String { "0025-create-meeting-goals" }

    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_goals")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("goal_id", .uuid, .required, .references("goals", "id", onDelete: .cascade))
            .unique(on: "meeting_id", "goal_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_goals").delete()
    }
}
