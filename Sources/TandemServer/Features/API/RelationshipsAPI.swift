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
    }

    static func response(_ r: Relationship) throws -> RelationshipResponse {
        RelationshipResponse(
            id: try r.requireID(), programme_id: r.$programme.id, programme_name: r.programme.name,
            status: r.status.rawValue, cadence: r.cadence?.rawValue, started_at: r.startedAt,
            health: RelationshipHealthText.label(for: r, now: Date()),
            members: r.members.map { MemberResponse(user_id: $0.$user.id, name: $0.user.name, role: $0.role.rawValue) }
        )
    }

    @Sendable static func list(req: Request) async throws -> APIPage<RelationshipResponse> {
        let user = try req.requireUser()
        return APIPage(items: try await RelationshipQueries.list(for: user, on: req.db).map(response), next_cursor: nil)
    }

    @Sendable static func show(req: Request) async throws -> RelationshipResponse {
        let user = try req.requireUser()
        return try response(try await RelationshipQueries.find(req.parameters.get("relationshipID", as: UUID.self), for: user, on: req.db))
    }
}
