import Fluent
import SQLKit

/// Each programme's response window (calendar days) and cap on a mentee's open requests.
struct M0060AddRequestPolicyToProgrammes: AsyncMigration {
    var name: String { "0060-add-request-policy-to-programmes" }

    func prepare(on database: any Database) async throws {
        // One column per ALTER: SQLite adds one column per statement.
        try await database.schema("programmes").field("response_window_days", .int, .required, .sql(.default(5))).update()
        try await database.schema("programmes").field("max_open_requests", .int, .required, .sql(.default(3))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("programmes").deleteField("max_open_requests").update()
        try await database.schema("programmes").deleteField("response_window_days").update()
    }
}
