import Fluent
import SQLKit

/// The audit log page filters by person or by action, newest first: one index for each.
struct M0049IndexAuditLogForFilters: AsyncMigration {
    var name: String { "0049-index-audit-log-for-filters" }

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX audit_log_org_actor ON audit_log (organisation_id, actor_id, created_at)").run()
        try await sql.raw("CREATE INDEX audit_log_org_action ON audit_log (organisation_id, action, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX audit_log_org_actor").run()
        try await sql.raw("DROP INDEX audit_log_org_action").run()
    }
}
