import Fluent
import SQLKit

/// The scheduler's queue. The claim reads due jobs in `run_at` order, so (state, run_at) is indexed;
/// the admin page lists failed jobs and one organisation's jobs.
struct M0042CreateJobs: AsyncMigration {
    var name: String { "0042-create-jobs" }

    func prepare(on database: any Database) async throws {
        try await database.schema("jobs")
            .id()
            .field("organisation_id", .uuid, .references("organisations", "id"))
            .field("kind", .string, .required)
            .field("payload", .string, .required)
            .field("idempotency_key", .string, .required)
            .field("state", .string, .required)
            .field("run_at", .datetime, .required)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .field("locked_by", .string)
            .field("locked_until", .datetime)
            .field("created_at", .datetime)
            .field("finished_at", .datetime)
            .unique(on: "idempotency_key")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX jobs_state_run_at ON jobs (state, run_at)").run()
        try await sql.raw("CREATE INDEX jobs_org_state_run_at ON jobs (organisation_id, state, run_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("jobs").delete()
    }
}
