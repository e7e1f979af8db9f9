import Fluent
import SQLKit

struct M0006CreateAuditLog: AsyncMigration {
    var name: String { "0006-create-audit-log" }

    func prepare(on database: any Database) async throws {
        try await database.schema("audit_log")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("actor_id", .uuid)
            .field("action", .string, .required)
            .field("target_type", .string, .required)
            .field("target_id", .uuid)
            .field("details", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX audit_log_org_created ON audit_log (organisation_id, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_log").delete()
    }
}
