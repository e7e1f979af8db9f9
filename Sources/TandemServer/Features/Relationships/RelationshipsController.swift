import Fluent
import TandemCore
import Vapor

enum RelationshipsController {
    static func register(_ app: Application) {
        app.get("relationships", ":relationshipID", use: show)
        app.post("relationships", ":relationshipID", "rhythm", use: setRhythm)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        return try await WorkspacePage.render(req, relationship: r, user: user)
    }

    struct RhythmForm: Content {
        var cadence: String?
        var custom_days: String?
    }

    /// The pair agrees on a cadence; the next check-in date follows from it.
    @Sendable static func setRhythm(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let service = RelationshipService(context: try req.serviceContext())
        let draft = try req.content.decode(CadenceDraft.self)
        do {
            try await service.setRhythm(draft, of: r)
            return req.redirect(to: "/relationships/\(try r.requireID())?notice=rhythm-saved#rhythm")
        } catch let failure as ValidationFailure {
            let form = try req.content.decode(RhythmForm.self)
            return try await WorkspacePage.render(req, relationship: r, user: user, forms: WorkspaceForms(
                cadence: form.cadence ?? "", customDays: form.custom_days ?? "", rhythmErrors: failure.byField))
        }
    }
}
