import Fluent
import SQLKit

/// The admin list reads open concerns (resolved_at IS NULL) newest first and resolved ones by
/// resolution time, a page at a time; the flood limit counts one person's open concerns. These
/// indexes keep each of those reads from growing with the number of concerns.
struct M0040IndexConcernsByState: AsyncMigration {
    var name: String { "0040-index-concerns-by-state" }

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX concerns_org_resolved_created ON concerns (organisation_id, resolved_at, created_at)").run()
        try await sql.raw("CREATE INDEX concerns_raiser_resolved ON concerns (raised_by, resolved_at)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX concerns_raiser_resolved").run()
        try await sql.raw("DROP INDEX concerns_org_resolved_created").run()
    }
}
