import Fluent
import SQLKit

struct M0021CreateGoalMilestones: AsyncMigration {
    var name: String { "0021-create-goal-milestones" }

    func prepare(on database: any Database) async throws {
        try await database.schema("goal_milestones")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("goal_id", .uuid, .required, .references("goals", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("done_at", .datetime)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX goal_milestones_relationship ON goal_milestones (relationship_id, goal_id, position)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("goal_milestones").delete()
    }
}
