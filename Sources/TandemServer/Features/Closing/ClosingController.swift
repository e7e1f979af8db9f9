import Fluent
import TandemCore
import Vapor

/// Closing asks each member for a reflection; the relationship is then archived, read-only,
/// with its history kept. A member who did not close it can still add theirs afterwards.
enum ClosingController {
    static func register(_ app: Application) {
        app.get("relationships", ":relationshipID", "close", use: form)
        app.post("relationships", ":relationshipID", "close", use: close)
    }

    struct CloseContext: Encodable {
        let chrome: PageChrome
        let relationshipURL: String
        let isArchived: Bool
        /// A circle closes for all its members, so the page says so.
        let isCircle: Bool
        let alreadyReflected: Bool
        let values: ClosingReflectionDraft
        let errors: [String: String]
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try ClosingService(context: try req.serviceContext()).requireMayClose(r)
        return try await render(req, r, user: user, values: ClosingReflectionDraft())
    }

    @Sendable static func close(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let draft = try req.content.decode(ClosingReflectionDraft.self)
        do {
            try await ClosingService(context: try req.serviceContext()).reflect(draft, on: r)
            let rid = try r.requireID()
            return req.redirect(to: "/relationships/\(rid)?notice=relationship-closed")
        } catch let failure as ValidationFailure {
            return try await render(req, r, user: user, values: draft, errors: failure.byField, status: .unprocessableEntity)
        }
    }

    static func render(_ req: Request, _ r: Relationship, user: User, values: ClosingReflectionDraft,
                       errors: [String: String] = [:], status: HTTPResponseStatus = .ok) async throws -> Response {
        let reflected = try await ClosingQueries.hasReflected(user, in: r, on: req.db)
        let isCircle = CircleRules.isCircle(type: r.programme.type, activeMembers: r.members.count)
        let title = r.isArchived ? "Closing reflection" : isCircle ? "Close the whole circle" : "Close the relationship"
        return try await req.page("closing/form", CloseContext(
            chrome: PageChrome(request: req, title: title, section: "dashboard"),
            relationshipURL: "/relationships/\(try r.requireID())", isArchived: r.isArchived, isCircle: isCircle, alreadyReflected: reflected,
            values: values, errors: errors), status: status)
    }
}
