import Fluent
import SQLKit

struct M0004CreateInvitations: AsyncMigration {
    var name: String { "0004-create-invitations" }

    func prepare(on database: any Database) async throws {
        try await database.schema("invitations")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("email", .string, .required)
            .field("role", .string, .required)
            .field("token_hash", .string, .required)
            .field("invited_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("expires_at", .datetime, .required)
            .field("accepted_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX invitations_org_created ON invitations (organisation_id, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("invitations").delete()
    }
}
