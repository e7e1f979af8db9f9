import Fluent
import TandemCore
import Vapor

/// "Leave this circle": a confirmation page, then the leave itself (`RelationshipService.leave`).
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
        let (_, r) = try await req.memberRelationship()
        return try await render(req, r, outcome: try RelationshipService(context: try req.serviceContext()).leaveOutcome(r))
    }

    @Sendable static func leave(req: Request) async throws -> Response {
        let (_, r) = try await req.memberRelationship()
        let service = RelationshipService(context: try req.serviceContext())
        let expected = try service.leaveOutcome(r)
        guard (try req.content.decode(Confirmation.self).confirm ?? "").isEmpty == false else {
            return try await render(req, r, outcome: expected,
                                    error: "Tick the box to confirm that you want to leave.", status: .unprocessableEntity)
        }
        try await service.leave(r)
        return req.redirect(to: "/?notice=circle-left")
    }

    static func render(_ req: Request, _ r: Relationship, outcome: CircleRules.LeaveOutcome, error: String? = nil,
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        try await req.page("relationships/leave", LeaveContext(
            chrome: PageChrome(request: req, title: "Leave this circle", section: "dashboard"),
            relationshipURL: "/relationships/\(try r.requireID())", programmeName: r.programme.name,
            closesCircle: outcome == .closes, error: error), status: status)
    }
}
