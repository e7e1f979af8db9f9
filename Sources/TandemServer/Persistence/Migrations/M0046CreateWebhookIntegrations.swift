import Fluent

struct M0046CreateWebhookIntegrations: AsyncMigration {
    var name: String { "0046-create-webhook-integrations" }

    func prepare(on database: any Database) async throws {
        try await database.schema("webhook_integrations")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("programme_id", .uuid, .references("programmes", "id"))
            .field("scope", .string, .required)
            .field("channel", .string, .required)
            .field("url", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "organisation_id", "scope", "channel")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("webhook_integrations").delete()
    }
}
