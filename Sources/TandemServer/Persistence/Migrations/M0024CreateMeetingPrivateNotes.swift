import Fluent

/// Private notes live apart from the meeting so no query for the pair can return them by accident.
struct M0024CreateMeetingPrivateNotes: AsyncMigration {
    var name: String { "0024-create-meeting-private-notes" }

    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_private_notes")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id", onDelete: .cascade))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("body", .string, .required)
            .unique(on: "meeting_id", "author_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_private_notes").delete()
    }
}
