import Fluent

/// One per person per relationship per survey. The user id stops double answers; it is never
/// shown next to answers of an anonymous survey.
struct M0032CreateSurveyResponses: AsyncMigration {
    var name: String { "0032-create-survey-responses" }

    func prepare(on database: any Database) async throws {
        try await database.schema("survey_responses")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("survey_id", .uuid, .required, .references("surveys", "id", onDelete: .cascade))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("role", .string, .required)
            .field("submitted_at", .datetime)
            .unique(on: "survey_id", "relationship_id", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("survey_responses").delete()
    }
}
