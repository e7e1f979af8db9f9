import Fluent
import SQLKit

/// The relationship page reads open actions oldest first and done ones newest done first, a
/// bounded number of each; this index lets both reads stop after those rows.
struct M0041IndexActionItemsByState: AsyncMigration {
    var name: String { "0041-index-action-items-by-state" }

    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX action_items_relationship_done ON action_items (relationship_id, done_at, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX action_items_relationship_done").run()
    }
}
