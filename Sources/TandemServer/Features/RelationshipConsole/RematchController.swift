import Fluent
import TandemCore
import Vapor

struct RematchContext: Encodable {
    let chrome: PageChrome
    let programmeName: String
    let programmeURL: String
    let backURL: String
    let members: String
    let started: String
    let isActive: Bool
    let actionURL: String
    let reason: String
    let errors: [String: String]
}

/// The admin's "Re-match" from the relationships page: a confirmation page with a reason for the
/// record, then the kind close itself (Post/Redirect/Get).
enum RematchController {
    static func register(_ app: Application) {
        let rematch = app.grouped("programmes", ":programmeID", "relationships", ":relationshipID", "rematch")
        rematch.get(use: confirm)
        rematch.post(use: submit)
    }

    @Sendable static func confirm(req: Request) async throws -> Response {
        let service = ProgrammeService(context: try req.serviceContext())
        let r = try await AdminRelationshipCloseController.target(req, service)
        return try await render(req, r, admin: service.context.actor, reason: "", errors: [:])
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let service = ProgrammeService(context: try req.serviceContext())
        let r = try await AdminRelationshipCloseController.target(req, service)
        let raw = try req.content.decode(AdminCloseInput.self).reason ?? ""
        do {
            let rematched = try await service.rematch(r, reason: raw)
            let notice = rematched ? "relationship-rematched" : "relationship-already-closed"
            return req.redirect(to: "/programmes/\(r.$programme.id)/relationships?notice=\(notice)")
        } catch let failure as ValidationFailure {
            return try await render(req, r, admin: service.context.actor, reason: raw, errors: failure.byField, status: .unprocessableEntity)
        }
    }

    static func render(_ req: Request, _ r: Relationship, admin: User, reason: String, errors: [String: String],
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let zone = try await ViewerZone.of(admin, on: req.db).identifier
        let programmeURL = "/programmes/\(r.$programme.id)"
        let rid = try r.requireID()
        return try await req.page("programmes/rematch-relationship", RematchContext(
            chrome: PageChrome(request: req, title: "Re-match: \(r.programme.name)", section: "programmes"),
            programmeName: r.programme.name, programmeURL: programmeURL,
            backURL: "\(programmeURL)/relationships/\(rid)",
            members: r.members.map { "\($0.user.name) (\($0.role.rawValue))" }.joined(separator: ", "),
            started: DateText.short(r.startedAt, timeZone: zone), isActive: r.status == .active,
            actionURL: "\(programmeURL)/relationships/\(rid)/rematch", reason: reason, errors: errors), status: status)
    }
}
