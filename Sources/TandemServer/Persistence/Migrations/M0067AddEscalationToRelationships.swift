import Fluent

/// Where a pair stands on the escalation ladder: when its members were nudged about its health,
/// and when the programme's admins were alerted. The sweep moves each step with one conditional
/// UPDATE on these columns, so two instances never send a step twice; both clear when the pair
/// is healthy again.
struct M0067AddEscalationToRelationships: AsyncMigration {
    var name: String { "0067-add-escalation-to-relationships" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        try await database.schema("relationships").field("risk_nudged_at", .datetime).update()
        try await database.schema("relationships").field("risk_escalated_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("relationships").deleteField("risk_escalated_at").update()
        try await database.schema("relationships").deleteField("risk_nudged_at").update()
    }
}
