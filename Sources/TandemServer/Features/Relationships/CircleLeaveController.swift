import Fluent
import TandemCore
import Vapor

/// "Leave this circle": a confirmation page, then the leave itself (see `CircleLeave`).
enum CircleLeaveController {
    static func register(_ app: Application) {
        app.get("relationships", ":relationshipID", "leave", use: form)
        app.post("relationships", ":relationshipID", "leave", use: leave)
    }

    struct LeaveContext: Encodable {
        let chrome: PageChrome
        let relationshipURL: String
        let programmeName: String
        let closesCircle: Bool
        let error: String?
    }

    struct Confirmation: Content {
        var confirm: String?
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        return try await render(req, r, outcome: try outcome(r, user: user))
    }

    @Sendable static func leave(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let expected = try outcome(r, user: user)
        guard (try req.content.decode(Confirmation.self).confirm ?? "").isEmpty == false else {
            return try await render(req, r, outcome: expected,
                                    error: "Tick the box to confirm that you want to leave.", status: .unprocessableEntity)
        }
        try await CircleLeave.leave(r, user: user, on: req.db)
        await req.scoresChanged()
        return req.redirect(to: "/?notice=circle-left")
    }

    /// What leaving would do, or the reason this member cannot leave.
    static func outcome(_ r: Relationship, user: User) throws -> CircleRules.LeaveOutcome {
        try r.requireActive()
        guard let userID = user.id, let role = r.role(of: userID) else { throw AccessError.notFound(.relationship) }
        return try CircleRules.leave(type: r.programme.type, role: role, activeRoles: r.members.map(\.role))
    }

    static func render(_ req: Request, _ r: Relationship, outcome: CircleRules.LeaveOutcome, error: String? = nil,
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        try await req.page("relationships/leave", LeaveContext(
            chrome: PageChrome(request: req, title: "Leave this circle", section: "dashboard"),
            relationshipURL: "/relationships/\(try r.requireID())", programmeName: r.programme.name,
            closesCircle: outcome == .closes, error: error), status: status)
    }
}
