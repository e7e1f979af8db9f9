import Fluent
import SQLKit

/// Health reads each listed relationship's pulse-survey answers; the existing unique index starts
/// with the survey, so this one starts with the relationship.
struct M0070IndexSurveyResponsesByRelationship: AsyncMigration {
    var name: String { "0070-index-survey-responses-by-relationship" }

    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX survey_responses_relationship ON survey_responses (relationship_id, survey_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX survey_responses_relationship").run()
    }
}
