import Fluent

/// One private feed per user; only the token's hash is stored, and regenerating replaces it.
struct M0027CreateCalendarFeeds: AsyncMigration {
    var name: String { "0027-create-calendar-feeds" }

    func prepare(on database: any Database) async throws {
        try await database.schema("calendar_feeds")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "user_id")
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calendar_feeds").delete()
    }
}
