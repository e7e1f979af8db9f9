import Fluent

/// Each edit of a relationship's agreement is a new numbered version; the terms are copied, so the
/// page can say what changed between any two. `follows_in_force` is true once any version was in
/// force, so "needs re-confirmation" is told from "proposed" without reading older versions.
struct M0054CreateAgreementVersions: AsyncMigration {
    var name: String { "0054-create-agreement-versions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("agreement_versions")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("relationship_id", .uuid, .required, .references("relationships", "id"))
            .field("number", .int, .required)
            .field("cadence", .string, .required)
            .field("cadence_days", .int)
            .field("format", .string, .required)
            .field("confidentiality", .string, .required)
            .field("feedback", .string, .required)
            .field("review_on", .string, .required)
            .field("proposed_by", .uuid, .required, .references("users", "id"))
            .field("follows_in_force", .bool, .required)
            .field("in_force_at", .datetime)
            .field("created_at", .datetime, .required)
            .unique(on: "relationship_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agreement_versions").delete()
    }
}
