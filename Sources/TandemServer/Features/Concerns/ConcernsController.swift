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

    /// A member raises a concern: limited in length, and to `ConcernRules.maxOpenPerPerson` open
    /// at once per person, so nobody can flood the admins' list. Problems re-render the
    /// workspace with the text kept.
    @Sendable static func raise(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let relationship = try await RelationshipQueries.find(req.parameters.get("relationshipID", as: UUID.self), for: user, on: req.db)
        let raw = (try req.content.decode(ConcernForm.self).concern ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            try await ConcernService(context: try req.serviceContext()).raise(raw, in: relationship)
        } catch let failure as ValidationFailure {
            return try await WorkspacePage.render(req, relationship: relationship, user: user, forms: WorkspaceForms(
                concern: raw, concernError: failure.message(for: "concern") ?? ""))
        }
        return req.redirect(to: "/relationships/\(try relationship.requireID())?notice=concern-raised")
    }

    /// Open concerns first, then resolved ones, each list a keyset page (`open`, `resolved`).
    @Sendable static func index(req: Request) async throws -> View {
        let admin = try req.requireAdmin()
        let zone = try await ProgrammeQueries.timeZone(of: admin, on: req.db).identifier
        let openCursor = try req.timeCursor("open")
        let resolvedCursor = try req.timeCursor("resolved")
        let open = try await ConcernQueries.page(organisationID: admin.organisationID, open: true, after: openCursor, on: req.db)
        let resolved = try await ConcernQueries.page(organisationID: admin.organisationID, open: false, after: resolvedCursor, on: req.db)
        return try await req.view.render("concerns/index", ConcernsContext(
            chrome: PageChrome(request: req, title: "Concerns", section: "concerns"),
            open: open.rows.map { .init($0, zone: zone) }, hasOpen: !open.rows.isEmpty,
            olderOpenURL: open.next.map { "/admin/concerns?open=\($0.encoded)" },
            resolved: resolved.rows.map { .init($0, zone: zone) }, hasResolved: !resolved.rows.isEmpty,
            olderResolvedURL: resolved.next.map { "/admin/concerns?resolved=\($0.encoded)" },
            isLaterPage: openCursor?.instant != nil || resolvedCursor?.instant != nil))
    }

    @Sendable static func resolve(req: Request) async throws -> Response {
        try await ConcernService(context: try req.adminServiceContext()).resolve(req.parameters.get("concernID", as: UUID.self))
        return req.redirect(to: "/admin/concerns?notice=concern-resolved")
    }
}
