import Fluent

/// What an approval could not create because it changed after the solve, as JSON
/// (`[SkippedMatch]`), so the run page can list it after the redirect.
struct M0039AddSkippedToMatchRuns: AsyncMigration {
    var name: String { "0039-add-skipped-to-match-runs" }

    func prepare(on database: any Database) async throws {
        try await database.schema("match_runs").field("skipped", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("match_runs").deleteField("skipped").update()
    }
}
