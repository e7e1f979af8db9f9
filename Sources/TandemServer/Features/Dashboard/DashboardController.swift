import Fluent
import TandemCore
import Vapor

/// Home for everyone: my relationships, the requests waiting on me or on others, and my programmes.
enum DashboardController {
    static func register(_ app: Application) {
        app.get(use: show)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return req.redirect(to: "/sign-in") }
        let userID = try user.requireID()
        let zone = try await ViewerZone.of(user, on: req.db)
        let now = Date()
        let list = try await RelationshipQueries.list(for: user, on: req.db)
        let facts = try await MeetingFacts.load(relationshipIDs: list.compactMap(\.id), now: now, on: req.db)
        let unread = try await MessageQueries.unreadCounts(for: user, on: req.db)
        let relationships = list.map { r in
            RelationshipSummary(r, viewer: userID, facts: facts[r.id ?? UUID()] ?? MeetingFacts(), unread: unread[r.id ?? UUID()] ?? 0,
                                timeZone: zone, now: now)
        }
        let pending = try await RequestQueries.pending(involving: user, limit: 50, on: req.db)
        let enrolments = try await EnrolmentQueries.active(of: user, on: req.db)
        let byProgramme = Dictionary(grouping: enrolments.filter { $0.programme.archivedAt == nil }, by: { $0.$programme.id })
        let programmes = byProgramme.values.compactMap { list -> DashboardContext.ProgrammeRow? in
            guard let first = list.first else { return nil }
            return .init(id: first.$programme.id.uuidString, name: first.programme.name,
                         roles: list.map(\.role.rawValue).sorted().joined(separator: " and "))
        }.sorted { $0.name < $1.name }
        let profile = try await ProfileQueries.profile(of: user, on: req.db)
        let received = pending.filter { $0.$mentor.id == userID }.map { DashboardContext.RequestRow(name: $0.mentee.name, programmeName: $0.programme.name) }
        let sent = pending.filter { $0.$mentee.id == userID }.map { DashboardContext.RequestRow(name: $0.mentor.name, programmeName: $0.programme.name) }
        let context = DashboardContext(
            chrome: PageChrome(request: req, title: "Dashboard", section: "dashboard"),
            firstName: String(user.name.split(separator: " ").first ?? Substring(user.name)),
            relationships: relationships, hasRelationships: !relationships.isEmpty,
            attentionNote: DashboardContext.attentionNote(relationships.filter { $0.isActive && $0.healthCode != RelationshipHealth.healthy.rawValue }.count),
            received: received, sent: sent, hasReceived: !received.isEmpty, hasSent: !sent.isEmpty,
            nothingWaiting: received.isEmpty && sent.isEmpty,
            programmes: programmes, hasProgrammes: !programmes.isEmpty,
            profileIncomplete: profile.title.isEmpty || profile.skillsOffered.isEmpty && profile.skillsWanted.isEmpty
        )
        return try await req.view.render("dashboard/index", context).encodeResponse(for: req)
    }
}
