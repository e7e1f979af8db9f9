import Fluent
import TandemCore
import Vapor

/// The agreement pages of a relationship: read it, propose or edit it, confirm it. Members only.
enum AgreementController {
    static func register(_ app: Application) {
        let agreement = app.grouped("relationships", ":relationshipID", "agreement")
        agreement.get(use: show)
        agreement.post(use: propose)
        agreement.post("confirm", use: confirm)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        return try await AgreementPage.render(req, relationship: r, user: user)
    }

    @Sendable static func propose(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let draft = try req.content.decode(AgreementForm.self).draft
        do {
            let version = try await AgreementService(context: try req.serviceContext()).propose(draft, in: r)
            let notice = version == nil ? "agreement-unchanged" : version?.inForceAt != nil ? "agreement-in-force" : "agreement-proposed"
            return req.redirect(to: "/relationships/\(try r.requireID())/agreement?notice=\(notice)")
        } catch let failure as ValidationFailure {
            return try await AgreementPage.render(req, relationship: r, user: user, typed: draft,
                                                  errors: failure.messagesByField, status: .unprocessableEntity)
        }
    }

    struct ConfirmForm: Content {
        var version: Int?
    }

    @Sendable static func confirm(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let version = (try? req.content.decode(ConfirmForm.self).version) ?? 0
        do {
            let outcome = try await AgreementService(context: try req.serviceContext()).confirm(version: version, in: r)
            let notice = outcome == .confirmed(nowInForce: true) ? "agreement-in-force" : "agreement-confirmed"
            return req.redirect(to: "/relationships/\(try r.requireID())/agreement?notice=\(notice)")
        } catch let error as AgreementError {
            return try await AgreementPage.render(req, relationship: r, user: user, problem: error.message, status: error.status)
        }
    }
}
