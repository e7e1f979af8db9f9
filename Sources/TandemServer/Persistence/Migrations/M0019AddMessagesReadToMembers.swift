import Fluent

/// When each member last read the thread, for unread counts without a row per message.
struct M0019AddMessagesReadToMembers: AsyncMigration {
    var name: String { "0019-add-messages-read-at-to-relationship-members" }

    func prepare(on database: any Database) async throws {
        try await database.schema("relationship_members").field("messages_read_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("relationship_members").deleteField("messages_read_at").update()
    }
}
