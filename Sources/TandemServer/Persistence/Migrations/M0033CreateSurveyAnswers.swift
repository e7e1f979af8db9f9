import Fluent
import SQLKit

struct M0033CreateSurveyAnswers: AsyncMigration {
    var name: String { "0033-create-survey-answers" }

    func prepare(on database: any Database) async throws {
        try await database.schema("survey_answers")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("survey_id", .uuid, .required, .references("surveys", "id", onDelete: .cascade))
            .field("response_id", .uuid, .required, .references("survey_responses", "id", onDelete: .cascade))
            .field("question_id", .uuid, .required, .references("survey_questions", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("number", .int)
            .field("text", .string)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX survey_answers_survey ON survey_answers (survey_id, question_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("survey_answers").delete()
    }
}
