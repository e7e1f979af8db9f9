import Fluent
import TandemCore
import Vapor

enum RelationshipsAPI {
    struct MemberResponse: APIContent {
        let userID: UUID
        let name: String
        let role: String
    }

    struct RelationshipResponse: APIContent {
        let id: UUID
        let programmeID: UUID
        let programmeName: String
        let status: String
        let cadence: String?
        let startedAt: Date
        let health: String
        let members: [MemberResponse]
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "relationships", .member, use: list, "My relationships", tag: "relationships",
                 response: "RelationshipPage", errors: [401]),
        APIRoute(.GET, "relationships/:relationshipID", .member, use: show, "One relationship I am a member of",
                 tag: "relationships", response: "Relationship"),
        APIRoute(.POST, "relationships/:relationshipID/leave", .member, use: leave,
                 "Leave a group circle (mentee) or a peer trio; the last mentee leaving closes the circle",
                 tag: "relationships", success: 204, errors: APIRoute.write),
    ]

    /// Health from `facts`, the summed meetings, through the one shared Core rule.
    static func response(_ r: Relationship, facts: MeetingFacts, now: Date) throws -> RelationshipResponse {
        let health = WorkspaceRhythm.health(relationship: r, facts: facts, timeZone: .gmt, now: now)
        return RelationshipResponse(
            id: try r.requireID(), programmeID: r.$programme.id, programmeName: r.programme.name,
            status: r.status.rawValue, cadence: r.cadence?.rawValue, startedAt: r.startedAt,
            health: r.status == .active ? health.rawValue : "closed",
            members: r.members.map { MemberResponse(userID: $0.$user.id, name: $0.user.name, role: $0.role.rawValue) }
        )
    }

    /// One relationship with its health, from its meetings summed by the database.
    static func response(_ r: Relationship, on db: any Database) async throws -> RelationshipResponse {
        let now = Date()
        return try response(r, facts: try await MeetingFacts.load(relationshipID: r.requireID(), now: now, on: db), now: now)
    }

    @Sendable static func list(req: Request) async throws -> APIPage<RelationshipResponse> {
        let user = try req.requireUser()
        let list = try await RelationshipQueries.list(for: user, on: req.db)
        let now = Date()
        let facts = try await MeetingFacts.load(relationshipIDs: list.compactMap(\.id), now: now, on: req.db)
        return APIPage(items: try list.map { try response($0, facts: facts[$0.id ?? UUID()] ?? MeetingFacts(), now: now) }, nextCursor: nil)
    }

    @Sendable static func show(req: Request) async throws -> RelationshipResponse {
        let user = try req.requireUser()
        let r = try await RelationshipQueries.find(req.parameters.get("relationshipID", as: UUID.self), for: user, on: req.db)
        return try await response(r, on: req.db)
    }

    /// A mentee leaves a group circle, or a peer a trio; the last mentee leaving closes the circle.
    @Sendable static func leave(req: Request) async throws -> HTTPStatus {
        let (_, r) = try await req.memberRelationship()
        try await RelationshipService(context: try req.serviceContext()).leave(r)
        return .noContent
    }
}
