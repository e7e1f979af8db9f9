import Fluent
import TandemCore
import Vapor

/// A relationship's agreement over the API: read it, propose or edit it, confirm the current
/// version. Members only: anyone else, in this organisation or another, gets 404.
enum AgreementAPI {
    static let routes: [APIRoute] = [
        APIRoute(.GET, "relationships/:relationshipID/agreement", .member, use: show,
                 "The agreement: current version, confirmations, whether it is in force and what changed since you last confirmed",
                 tag: "agreements", response: "Agreement"),
        APIRoute(.PUT, "relationships/:relationshipID/agreement", .member, use: propose,
                 "Propose the agreement, or edit it: a new version that every other member confirms again (unchanged terms make none)",
                 tag: "agreements", body: "AgreementDraft", response: "Agreement", errors: APIRoute.write),
        APIRoute(.POST, "relationships/:relationshipID/agreement/confirm", .member, use: confirm,
                 "Confirm the current version (409 agreement.stale_version when another version is current)",
                 tag: "agreements", body: "AgreementConfirm", response: "Agreement", errors: APIRoute.write),
    ]

    struct ConfirmBody: APIContent {
        let version: Int
    }

    @Sendable static func show(req: Request) async throws -> AgreementResponse {
        let (user, r) = try await req.memberRelationship()
        return try await AgreementResponse.load(r, viewer: user, on: req.db)
    }

    @Sendable static func propose(req: Request) async throws -> AgreementResponse {
        let (user, r) = try await req.memberRelationship()
        let draft = try req.content.decode(AgreementDraft.self)
        try await AgreementService(context: try req.serviceContext()).propose(draft, in: r)
        return try await AgreementResponse.load(r, viewer: user, on: req.db)
    }

    @Sendable static func confirm(req: Request) async throws -> AgreementResponse {
        let (user, r) = try await req.memberRelationship()
        let body = try req.apiBody(ConfirmBody.self)
        try await AgreementService(context: try req.serviceContext()).confirm(version: body.version, in: r)
        return try await AgreementResponse.load(r, viewer: user, on: req.db)
    }
}
