import Fluent

/// When a member left a circle. The row stays, so their messages keep an author and a mentee
/// who comes back rejoins the same row.
struct M0037AddLeftAtToRelationshipMembers: AsyncMigration {
    var name: String { "0037-add-left-at-to-relationship-members" }

    func prepare(on database: any Database) async throws {
        try await database.schema("relationship_members").field("left_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("relationship_members").deleteField("left_at").update()
    }
}
