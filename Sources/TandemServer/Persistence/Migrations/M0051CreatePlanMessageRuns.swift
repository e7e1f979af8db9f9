import Fluent

/// The unique (plan_message_id, occurrence) pair is the idempotency key of a plan run: a second
/// worker, a restart or a repeated `jobs run-due` inserts nothing for an occurrence already run.
struct M0051CreatePlanMessageRuns: AsyncMigration {
    var name: String { "0051-create-plan-message-runs" }

    func prepare(on database: any Database) async throws {
        try await database.schema("plan_message_runs")
            .id()
            .field("plan_message_id", .uuid, .required, .references("plan_messages", "id", onDelete: .cascade))
            .field("occurrence", .string, .required)
            .field("relationship_id", .uuid, .references("relationships", "id", onDelete: .cascade))
            .field("state", .string, .required)
            .field("recipients", .int, .required)
            .field("ran_at", .datetime, .required)
            .unique(on: "plan_message_id", "occurrence", name: "plan_message_runs_once")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plan_message_runs").delete()
    }
}
