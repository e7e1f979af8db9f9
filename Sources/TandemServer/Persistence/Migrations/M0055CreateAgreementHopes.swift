import Fluent

/// What each member hopes to give and to get, per agreement version.
struct M0055CreateAgreementHopes: AsyncMigration {
    var name: String { "0055-create-agreement-hopes" }

    func prepare(on database: any Database) async throws {
        try await database.schema("agreement_hopes")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("version_id", .uuid, .required, .references("agreement_versions", "id"))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("gives", .string, .required)
            .field("gets", .string, .required)
            .unique(on: "version_id", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agreement_hopes").delete()
    }
}
