import Fluent
import TandemCore
import Vapor

/// Members raise private concerns about their relationship; admins read and resolve them.
enum ConcernsController {
    static func register(_ app: Application) {
        app.post("relationships", ":relationshipID", "concerns", use: raise)
        app.get("admin", "concerns", use: index)
        app.post("admin", "concerns", ":concernID", "resolve", use: resolve)
    }

    struct ConcernForm: Content {
        var concern: String?
    }

    @Sendable static func raise(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let relationship = try await RelationshipQueries.find(req.parameters.get("relationshipID", as: UUID.self), for: user, on: req.db)
        let text = (try req.content.decode(ConcernForm.self).concern ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...2000).contains(text.count) else {
            return try await WorkspacePage.render(req, relationship: relationship, user: user, forms: WorkspaceForms(
                concern: text, concernError: "Describe your concern in up to 2,000 characters."))
        }
        let concern = Concern(organisationID: user.organisationID, relationshipID: try relationship.requireID(),
                              raisedBy: try user.requireID(), body: text)
        try await req.db.transaction { db in
            try await concern.save(on: db)
            try await Audit.record("concern.raised", organisationID: user.organisationID, actorID: user.id,
                                   target: "relationship", targetID: relationship.id, on: db)
        }
        return req.redirect(to: "/relationships/\(try relationship.requireID())?notice=concern-raised")
    }

    @Sendable static func index(req: Request) async throws -> View {
        let admin = try req.requireAdmin()
        let zone = try await ProgrammeQueries.timeZone(of: admin, on: req.db).identifier
        let concerns = try await Concern.query(on: req.db).filter(\.$organisationID == admin.organisationID)
            .with(\.$raisedBy).with(\.$relationship) { $0.with(\.$programme).with(\.$members) { $0.with(\.$user) } }
            .sort(\.$createdAt, .descending).limit(200).all()
        return try await req.view.render("admin/concerns", ConcernsContext(
            chrome: PageChrome(request: req, title: "Concerns", section: "concerns"),
            open: concerns.filter { $0.resolvedAt == nil }.map { .init($0, zone: zone) },
            resolved: concerns.filter { $0.resolvedAt != nil }.map { .init($0, zone: zone) }
        ))
    }

    @Sendable static func resolve(req: Request) async throws -> Response {
        let admin = try req.requireAdmin()
        guard let id = req.parameters.get("concernID", as: UUID.self),
              let concern = try await Concern.query(on: req.db).filter(\.$id == id)
                .filter(\.$organisationID == admin.organisationID).first()
        else { throw AppError.notFound("concern") }
        if concern.resolvedAt == nil {
            concern.resolvedAt = Date()
            try await req.db.transaction { db in
                try await concern.save(on: db)
                try await Audit.record("concern.resolved", organisationID: admin.organisationID, actorID: admin.id,
                                       target: "concern", targetID: concern.id, on: db)
            }
        }
        return req.redirect(to: "/admin/concerns?notice=concern-resolved")
    }
}

struct ConcernsContext: Encodable {
    struct Row: Encodable {
        let id: String
        let programmeName: String
        let members: String
        let raisedBy: String
        let body: String
        let raised: String

        init(_ c: Concern, zone: String) {
            id = c.id?.uuidString ?? ""
            programmeName = c.relationship.programme.name
            members = c.relationship.members.map(\.user.name).sorted().joined(separator: ", ")
            raisedBy = c.raisedBy.name
            body = c.body
            raised = DateText.short(c.createdAt, timeZone: zone)
        }
    }
    let chrome: PageChrome
    let open: [Row]
    let resolved: [Row]
}
