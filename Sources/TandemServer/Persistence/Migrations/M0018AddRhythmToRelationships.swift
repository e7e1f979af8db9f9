import Fluent

/// A custom cadence needs its number of days; the named cadences keep using `cadence` alone.
struct M0018AddRhythmToRelationships: AsyncMigration {
    var name: String { "0018-add-cadence-days-to-relationships" }

    func prepare(on database: any Database) async throws {
        try await database.schema("relationships").field("cadence_days", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("relationships").deleteField("cadence_days").update()
    }
}
