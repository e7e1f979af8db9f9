import Fluent
import TandemCore
import Vapor

/// The Integrations settings page: the organisation's Slack and Teams webhooks, and any
/// programme's own.
enum IntegrationsController {
    static func register(_ app: Application) {
        app.get("admin", "integrations", use: index)
        app.post("admin", "integrations", use: save)
        app.post("admin", "integrations", "remove", use: remove)
    }

    struct Form: Content {
        var channel: String?
        var programme: String?
        var webhook_url: String?
    }

    @Sendable static func index(req: Request) async throws -> View {
        try await render(req)
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let service = try req.integrationService()
        do {
            try await service.set(try channel(form), url: form.webhook_url ?? "", programme: try programme(form))
        } catch let failure as ValidationFailure {
            return try await render(req, typed: form, error: failure.message(for: "webhook_url")).encodeResponse(status: .unprocessableEntity, for: req)
        }
        return req.redirect(to: "/admin/integrations?notice=integration-saved")
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        try await req.integrationService().remove(try channel(form), programme: try programme(form))
        return req.redirect(to: "/admin/integrations?notice=integration-removed")
    }

    private static func channel(_ form: Form) throws -> WebhookChannel {
        guard let channel = WebhookChannel(rawValue: form.channel ?? "") else { throw AccessError.notFound(.integration) }
        return channel
    }

    /// Empty means the whole organisation; anything else must be a programme's id (a forged value is not found).
    private static func programme(_ form: Form) throws -> UUID? {
        guard let raw = form.programme, !raw.isEmpty else { return nil }
        guard let id = UUID(uuidString: raw) else { throw AccessError.notFound(.programme) }
        return id
    }

    private static func render(_ req: Request, typed: Form? = nil, error: String? = nil) async throws -> View {
        let admin = try req.requireAdmin()
        let rows = try await req.integrationService().all()
        let programmes = try await Programme.query(on: req.db).filter(\.$organisationID == admin.organisationID)
            .filter(\.$archivedAt == nil).sort(\.$name).limit(200).all()
        return try await req.view.render("integrations/index", IntegrationsContext(
            chrome: PageChrome(request: req, title: "Integrations", section: "integrations"),
            rows: rows, programmes: programmes, typed: typed, error: error))
    }
}
