import Fluent
import SQLKit

/// The due query looks for active relationships with no run yet for a per-relationship message:
/// an anti-join on (plan_message_id, relationship_id), which this index answers.
struct M0053IndexPlanMessageRunsByRelationship: AsyncMigration {
    var name: String { "0053-index-plan-message-runs-by-relationship" }

    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX plan_message_runs_relationship ON plan_message_runs (plan_message_id, relationship_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX plan_message_runs_relationship").run()
    }
}
