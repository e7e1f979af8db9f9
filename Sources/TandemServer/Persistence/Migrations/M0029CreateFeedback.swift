import Fluent
import SQLKit

struct M0029CreateFeedback: AsyncMigration {
    var name: String { "0029-create-feedback" }

    func prepare(on database: any Database) async throws {
        try await database.schema("feedback")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("meeting_id", .uuid, .references("meetings", "id", onDelete: .setNull))
            .field("from_user_id", .uuid, .required, .references("users", "id"))
            .field("to_user_id", .uuid, .required, .references("users", "id"))
            .field("went_well", .string, .required)
            .field("could_be_better", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX feedback_relationship ON feedback (relationship_id, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("feedback").delete()
    }
}
