import Fluent
import SQLKit

/// A mentor away until a date (`YYYY-MM-DD`, inclusive, in the organisation's zone) with a note,
/// and whether browse hides their response time and last activity.
struct M0061AddAvailabilityToProfiles: AsyncMigration {
    var name: String { "0061-add-availability-to-profiles" }

    func prepare(on database: any Database) async throws {
        // One column per ALTER: SQLite adds one column per statement.
        try await database.schema("profiles").field("away_until", .string).update()
        try await database.schema("profiles").field("away_note", .string).update()
        try await database.schema("profiles").field("hide_activity", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: any Database) async throws {
        for field in ["hide_activity", "away_note", "away_until"] {
            try await database.schema("profiles").deleteField(.string(field)).update()
        }
    }
}
