import Fluent
import SQLKit

/// The one-row-per-failure table gave way to `sign_in_counters`, which counts atomically.
struct M0036DropSignInFailures: AsyncMigration {
    var name: String { "0036-drop-sign-in-failures" }

    func prepare(on database: any Database) async throws {
        try await database.schema("sign_in_failures").delete()
    }

    func revert(on database: any Database) async throws {
        try await M0007CreateSignInFailures().prepare(on: database)
    }
}
