import Fluent

/// The audit log says from which address an action came (RULES.md: who did what, when, from where).
struct M0048AddIPToAuditLog: AsyncMigration {
    var name: String { "0048-add-ip-to-audit-log" }

    func prepare(on database: any Database) async throws {
        try await database.schema("audit_log").field("ip", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_log").deleteField("ip").update()
    }
}
