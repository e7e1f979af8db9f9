import Fluent
import SQLKit

struct M0007CreateSignInFailures: AsyncMigration {
    var name: String { "0007-create-sign-in-failures" }

    func prepare(on database: any Database) async throws {
        try await database.schema("sign_in_failures")
            .id()
            .field("key", .string, .required)
            .field("failed_at", .datetime, .required)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX sign_in_failures_key_time ON sign_in_failures (key, failed_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sign_in_failures").delete()
    }
}
