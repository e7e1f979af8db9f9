import Fluent
import SQLKit

/// One counter row per throttled key, bumped in a single statement before the password is
/// checked. Times are Unix seconds, so the same arithmetic works on SQLite and PostgreSQL.
struct M0035CreateSignInCounters: AsyncMigration {
    var name: String { "0035-create-sign-in-counters" }

    func prepare(on database: any Database) async throws {
        try await database.schema("sign_in_counters")
            .field("counter_key", .string, .identifier(auto: false))
            .field("attempts", .int64, .required)
            .field("started_at", .double, .required)
            .field("last_at", .double, .required)
            .field("wait_until", .double, .required)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX sign_in_counters_last_at ON sign_in_counters (last_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sign_in_counters").delete()
    }
}
