import Fluent
import SQLKit

/// Dated progress notes on a goal. `comment_on` set means a partner's comment on that update.
struct M0022CreateGoalUpdates: AsyncMigration {
    var name: String { "0022-create-goal-updates" }

    func prepare(on database: any Database) async throws {
        try await database.schema("goal_updates")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("goal_id", .uuid, .required, .references("goals", "id", onDelete: .cascade))
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("comment_on", .uuid, .references("goal_updates", "id", onDelete: .cascade))
            .field("body", .string, .required)
            .field("status", .string)
            .field("created_at", .datetime)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX goal_updates_goal ON goal_updates (goal_id, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("goal_updates").delete()
    }
}
