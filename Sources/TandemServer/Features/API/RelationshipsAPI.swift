import Fluent
import TandemCore
import Vapor

enum RelationshipsAPI {
    struct MemberResponse: Content {
        let user_id: UUID
        let name: String
        let role: String
    }

    struct RelationshipResponse: Content {
        let id: UUID
        let programme_id: UUID
        let programme_name: String
        let status: String
        let cadence: String?
        let started_at: Date
        let health: String
        let members: [MemberResponse]
    }

    static func register(_ api: any RoutesBuilder) {
        api.get("relationships", use: list)
        api.get("relationships", ":relationshipID", use: show)
        api.post("relationships", ":relationshipID", "leave", use: leave)
    }

    static func response(_ r: Relationship, meetings: [Meeting] = []) throws -> RelationshipResponse {
        let health = WorkspaceRhythm.health(relationship: r, meetings: meetings, timeZone: .gmt, now: Date())
        return RelationshipResponse(
            id: try r.requireID(), programme_id: r.$programme.id, programme_name: r.programme.name,
            status: r.status.rawValue, cadence: r.cadence?.rawValue, started_at: r.startedAt,
            health: r.status == .active ? health.rawValue : "closed",
            members: r.members.map { MemberResponse(user_id: $0.$user.id, name: $0.user.name, role: $0.role.rawValue) }
        )
    }

    @Sendable static func list(req: Request) async throws -> APIPage<RelationshipResponse> {
        let user = try req.requireUser()
        let list = try await RelationshipQueries.list(for: user, on: req.db)
        let meetings = list.isEmpty ? [] : try await Meeting.query(on: req.db).filter(\.$relationshipID ~~ list.compactMap(\.id)).all()
        let byRelationship = Dictionary(grouping: meetings, by: \.relationshipID)
        return APIPage(items: try list.map { try response($0, meetings: byRelationship[$0.id ?? UUID()] ?? []) }, next_cursor: nil)
    }

    @Sendable static func show(req: Request) async throws -> RelationshipResponse {
        let user = try req.requireUser()
        let r = try await RelationshipQueries.find(req.parameters.get("relationshipID", as: UUID.self), for: user, on: req.db)
        return try response(r, meetings: try await Meeting.query(on: req.db).filter(\.$relationshipID == r.requireID()).all())
    }

    /// A mentee leaves a group circle, or a peer a trio; the last mentee leaving closes the circle.
    @Sendable static func leave(req: Request) async throws -> HTTPStatus {
        let (user, r) = try await req.memberRelationship()
        try await CircleLeave.leave(r, user: user, on: req.db)
        await req.scoresChanged()
        return .noContent
    }
}
