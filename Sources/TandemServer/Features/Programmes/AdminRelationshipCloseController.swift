import Fluent
import TandemCore
import Vapor

struct AdminCloseContext: Encodable {
    let chrome: PageChrome
    let programmeName: String
    let programmeURL: String
    /// The programme page at its relationship list.
    let backURL: String
    let members: String
    let started: String
    let isActive: Bool
    /// What closing archives: the relationship, or the whole circle.
    let scope: String
    let actionURL: String
    let reason: String
    let errors: [String: String]
}

/// The admin's "Close" on a programme's relationship list: a confirmation page with a short
/// reason, then the close itself (Post/Redirect/Get).
enum AdminRelationshipCloseController {
    static func register(_ app: Application) {
        let close = app.grouped("programmes", ":programmeID", "relationships", ":relationshipID", "close")
        close.get(use: confirm)
        close.post(use: submit)
    }

    @Sendable static func confirm(req: Request) async throws -> Response {
        let service = ProgrammeService(context: try req.serviceContext())
        let r = try await target(req, service)
        return try await render(req, r, admin: service.context.actor, reason: "", errors: [:])
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let service = ProgrammeService(context: try req.serviceContext())
        let r = try await target(req, service)
        let raw = try req.content.decode(AdminCloseInput.self).reason ?? ""
        let programmeURL = "/programmes/\(r.$programme.id)"
        do {
            let closed = try await service.close(r, reason: raw)
            return req.redirect(to: "\(programmeURL)?notice=\(closed ? "relationship-closed-by-admin" : "relationship-already-closed")#relationships")
        } catch let failure as ValidationFailure {
            return try await render(req, r, admin: service.context.actor, reason: raw, errors: failure.byField, status: .unprocessableEntity)
        }
    }

    static func target(_ req: Request, _ service: ProgrammeService) async throws -> Relationship {
        try await service.relationshipToClose(req.parameters.get("relationshipID", as: UUID.self),
                                              in: req.parameters.get("programmeID", as: UUID.self))
    }

    static func render(_ req: Request, _ r: Relationship, admin: User, reason: String, errors: [String: String],
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let zone = try await ViewerZone.of(admin, on: req.db).identifier
        let programmeURL = "/programmes/\(r.$programme.id)"
        return try await req.page("programmes/close-relationship", AdminCloseContext(
            chrome: PageChrome(request: req, title: "Close a relationship: \(r.programme.name)", section: "programmes"),
            programmeName: r.programme.name, programmeURL: programmeURL, backURL: "\(programmeURL)#relationships",
            members: r.members.map { "\($0.user.name) (\($0.role.rawValue))" }.joined(separator: ", "),
            started: DateText.short(r.startedAt, timeZone: zone), isActive: r.status == .active,
            scope: r.members.count > 2 ? "Closing archives the relationship for the whole circle." : "Closing archives the relationship.",
            actionURL: "\(programmeURL)/relationships/\(try r.requireID())/close",
            reason: reason, errors: errors), status: status)
    }
}
