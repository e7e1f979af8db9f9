import Fluent
import TandemCore
import Vapor

enum RelationshipsController {
    static func register(_ app: Application) {
        app.get("relationships", ":relationshipID", use: show)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let r = try await RelationshipQueries.find(req.parameters.get("relationshipID", as: UUID.self), for: user, on: req.db)
        return try await render(req, relationship: r, user: user)
    }

    static func render(_ req: Request, relationship r: Relationship, user: User, concern: String = "", concernError: String? = nil) async throws -> Response {
        let profiles = try await Profile.query(on: req.db).filter(\.$userID ~~ r.members.map { $0.$user.id }).all()
        let byUser = Dictionary(profiles.map { ($0.userID, $0) }, uniquingKeysWith: { a, _ in a })
        let zone = try await ProgrammeQueries.timeZone(of: user, on: req.db).identifier
        let members = r.members.sorted { ($0.role == .mentor ? 0 : 1, $0.user.name) < ($1.role == .mentor ? 0 : 1, $1.user.name) }
            .map { m in
                RelationshipContext.Member(
                    name: m.user.name, role: m.role.rawValue, title: byUser[m.$user.id]?.title ?? "",
                    department: byUser[m.$user.id]?.department ?? "", isMe: m.$user.id == user.id
                )
            }
        return try await req.page("relationships/show", RelationshipContext(
            chrome: PageChrome(request: req, title: "Mentoring relationship", section: "dashboard"),
            id: try r.requireID().uuidString, programmeID: try r.programme.requireID().uuidString,
            programmeName: r.programme.name, programmeType: r.programme.type.label, typeSummary: r.programme.type.summary,
            isCircle: r.programme.type == .group, members: members,
            started: DateText.short(r.startedAt, timeZone: zone), cadence: (r.cadence ?? .fortnightly).label,
            status: r.status.label, health: RelationshipHealthText.label(for: r, now: Date()),
            concern: concern, concernError: concernError
        ), status: concernError == nil ? .ok : .unprocessableEntity)
    }
}
