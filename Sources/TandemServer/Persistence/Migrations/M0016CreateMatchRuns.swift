import Fluent
import SQLKit

struct M0016CreateMatchRuns: AsyncMigration {
    var name: String { "0016-create-match-runs" }

    func prepare(on database: any Database) async throws {
        try await database.schema("match_runs")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("objective", .string, .required)
            .field("status", .string, .required)
            .field("progress", .int, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("pins", .string, .required)
            .field("forbids", .string, .required)
            .field("allow_trio", .bool, .required)
            .field("proposal", .string)
            .field("error", .string)
            .field("created_at", .datetime)
            .field("finished_at", .datetime)
            .field("approved_at", .datetime)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX match_runs_programme ON match_runs (programme_id, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("match_runs").delete()
    }
}
