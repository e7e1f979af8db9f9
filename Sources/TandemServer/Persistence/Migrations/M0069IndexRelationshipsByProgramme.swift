import Fluent
import SQLKit

/// The admin relationships page walks a programme's active relationships newest first, a keyset
/// page at a time: (programme_id, status, started_at, id) serves it without a sort.
struct M0069IndexRelationshipsByProgramme: AsyncMigration {
    var name: String { "0069-index-relationships-by-programme" }

    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX relationships_programme_started ON relationships (programme_id, status, started_at, id)").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX relationships_programme_started").run()
    }
}
