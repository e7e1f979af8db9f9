import Fluent
import SQLKit

/// The plan page lists a programme's messages in order, and the due query starts from the enabled
/// messages of every programme; this index serves both.
struct M0052IndexPlanMessagesByProgramme: AsyncMigration {
    var name: String { "0052-index-plan-messages-by-programme" }

    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX plan_messages_programme ON plan_messages (programme_id, enabled, position)").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX plan_messages_programme").run()
    }
}
