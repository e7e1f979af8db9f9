import Fluent
import TandemCore
import Vapor

/// PUT and DELETE a Slack or Teams webhook for the organisation, or for one programme.
enum IntegrationsAPI {
    static let routes: [APIRoute] = [
        APIRoute(.PUT, "integrations/:channel", .admin, use: setForOrganisation, "Set the organisation's Slack or Teams webhook",
                 tag: "integrations", body: "WebhookInput", response: "Integration", errors: APIRoute.write),
        APIRoute(.DELETE, "integrations/:channel", .admin, use: removeForOrganisation, "Remove the organisation's Slack or Teams webhook",
                 tag: "integrations", success: 204, errors: [400, 401, 403, 404]),
        APIRoute(.PUT, "programmes/:programmeID/integrations/:channel", .admin, use: setForProgramme,
                 "Set a programme's own Slack or Teams webhook", tag: "integrations", body: "WebhookInput", response: "Integration",
                 errors: APIRoute.write),
        APIRoute(.DELETE, "programmes/:programmeID/integrations/:channel", .admin, use: removeForProgramme,
                 "Remove a programme's own Slack or Teams webhook", tag: "integrations", success: 204, errors: [400, 401, 403, 404]),
    ]

    struct WebhookInput: APIContent {
        var webhookURL: String?
    }

    struct IntegrationResponse: APIContent {
        let channel: String
        let programmeID: UUID?
        /// The address with its secret part hidden.
        let webhookURL: String
    }

    @Sendable static func setForOrganisation(req: Request) async throws -> IntegrationResponse {
        try await set(req, programme: nil)
    }

    @Sendable static func setForProgramme(req: Request) async throws -> IntegrationResponse {
        try await set(req, programme: try req.uuidParameter("programmeID", .programme))
    }

    @Sendable static func removeForOrganisation(req: Request) async throws -> HTTPStatus {
        try await req.integrationService().remove(try channel(req), programme: nil)
        return .noContent
    }

    @Sendable static func removeForProgramme(req: Request) async throws -> HTTPStatus {
        try await req.integrationService().remove(try channel(req), programme: try req.uuidParameter("programmeID", .programme))
        return .noContent
    }

    private static func set(_ req: Request, programme: UUID?) async throws -> IntegrationResponse {
        let channel = try channel(req)
        let body = try req.apiBody(WebhookInput.self)
        let row = try await req.integrationService().set(channel, url: body.webhookURL ?? "", programme: programme)
        return IntegrationResponse(channel: channel.rawValue, programmeID: row.programmeID, webhookURL: WebhookURL.masked(row.url))
    }

    /// `slack` or `teams`; anything else is not a route we have.
    static func channel(_ req: Request) throws -> WebhookChannel {
        guard let channel = WebhookChannel(rawValue: req.parameters.get("channel") ?? "") else {
            throw AccessError.notFound(.integration)
        }
        return channel
    }
}

extension Request {
    func integrationService() throws -> IntegrationService {
        IntegrationService(context: try adminServiceContext(), allowLoopback: application.settings.allowLoopbackOutbound)
    }
}
