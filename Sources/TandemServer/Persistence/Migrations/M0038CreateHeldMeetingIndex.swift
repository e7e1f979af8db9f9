import Fluent
import SQLKit

/// One check-in per relationship per start time: a double-submitted check-in form hits this
/// index instead of logging the same meeting twice. Partial, so cancelled and scheduled meetings
/// at the same time are unaffected. Both SQLite and PostgreSQL support partial indexes.
struct M0038CreateHeldMeetingIndex: AsyncMigration {
    var name: String { "0038-create-held-meeting-index" }

    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("""
            CREATE UNIQUE INDEX meetings_held_once ON meetings (relationship_id, starts_at) WHERE status = 'held'
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX meetings_held_once").run()
    }
}
