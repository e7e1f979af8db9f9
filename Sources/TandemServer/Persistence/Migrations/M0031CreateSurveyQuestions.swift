import Fluent

struct M0031CreateSurveyQuestions: AsyncMigration {
    var name: String { "0031-create-survey-questions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("survey_questions")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("survey_id", .uuid, .required, .references("surveys", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("prompt", .string, .required)
            .field("kind", .string, .required)
            .field("options", .string, .required)
            .field("audience", .string, .required)
            .field("about", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("survey_questions").delete()
    }
}
