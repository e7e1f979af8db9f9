import Fluent

/// One row per member per version they confirmed. The unique index makes a double click (or two
/// instances) record one confirmation.
struct M0056CreateAgreementConfirmations: AsyncMigration {
    var name: String { "0056-create-agreement-confirmations" }

    func prepare(on database: any Database) async throws {
        try await database.schema("agreement_confirmations")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id"))
            .field("version_id", .uuid, .required, .references("agreement_versions", "id"))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("confirmed_at", .datetime, .required)
            .unique(on: "version_id", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agreement_confirmations").delete()
    }
}
