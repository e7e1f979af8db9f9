import Fluent
import TandemCore
import Vapor

/// The admin relationships console over the API: the list with health and reasons, and re-match.
enum ConsoleAPI {
    struct ReasonResponse: APIContent {
        let code: String
        let message: String
    }

    struct ConsoleRelationshipResponse: APIContent {
        let id: UUID
        let kind: String
        let members: [RelationshipsAPI.MemberResponse]
        let startedAt: Date
        let cadence: String
        let lastCheckInAt: Date?
        let nextCheckInDue: Date
        let confirmedMinutes: Int
        /// Null until agreements are wired in (`ConsoleAgreement`).
        let agreement: String?
        let health: String
        let reasons: [ReasonResponse]
        let nudgedAt: Date?
        let escalatedAt: Date?
    }

    struct RematchResponse: APIContent {
        let relationshipID: UUID
        let status: String
        /// False when it was already closed: nothing changed and nobody was told again.
        let rematched: Bool
        /// Where the mentees find their new recommendations.
        let recommendationsURL: String
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "programmes/:programmeID/relationships", .admin, use: list,
                 "The programme's active pairs and circles with health and its reasons, newest first; filter by health (admin)",
                 tag: "relationships", query: ["health", "after"], response: "ConsoleRelationshipPage", errors: [400, 401, 403, 404, 422]),
        APIRoute(.POST, "relationships/:relationshipID/rematch", .admin, use: rematch,
                 "End a relationship kindly so its mentee can be matched again, with a reason for the record (admin)",
                 tag: "relationships", body: "AdminCloseInput", response: "Rematch", errors: APIRoute.write),
    ]

    static func response(_ e: ConsoleEntry) throws -> ConsoleRelationshipResponse {
        ConsoleRelationshipResponse(
            id: try e.relationship.requireID(), kind: e.isCircle ? "circle" : "pair",
            members: e.members.map { .init(userID: $0.$user.id, name: $0.user.name, role: $0.role.rawValue) },
            startedAt: e.relationship.startedAt, cadence: e.relationship.rhythm.label, lastCheckInAt: e.facts.lastHeldAt,
            nextCheckInDue: e.nextCheckInDue, confirmedMinutes: e.facts.confirmedMinutes, agreement: e.agreement.code,
            health: e.assessment.health.rawValue,
            reasons: e.assessment.reasons.map { .init(code: $0.code.rawValue, message: $0.text) },
            nudgedAt: e.relationship.riskNudgedAt, escalatedAt: e.relationship.riskEscalatedAt)
    }

    @Sendable static func list(req: Request) async throws -> APIPage<ConsoleRelationshipResponse> {
        let admin = try req.requireAdmin()
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: admin, on: req.db)
        let filter = try req.healthFilter()
        let cursor = try req.timeCursor(ConsoleController.cursorParameter)
        let zone = try await ViewerZone.of(admin, on: req.db)
        let page = try await ConsoleQueries.page(of: programme, filter: filter, after: cursor, timeZone: zone, on: req.db)
        return APIPage(items: try page.entries.map(response), nextCursor: page.next?.encoded)
    }

    @Sendable static func rematch(req: Request) async throws -> RematchResponse {
        let service = ProgrammeService(context: try req.adminServiceContext())
        let admin = service.context.actor
        guard let id = req.parameters.get("relationshipID", as: UUID.self),
              let r = try await Relationship.query(on: req.db).filter(\.$id == id).filter(\.$organisationID == admin.organisationID)
                .with(\.$programme).with(\.$members, { $0.with(\.$user) }).first()
        else { throw AccessError.notFound(.relationship) }
        let rematched = try await service.rematch(r.withoutLeftMembers(), reason: try req.apiBody(AdminCloseInput.self).reason ?? "")
        return RematchResponse(relationshipID: id, status: r.status.rawValue, rematched: rematched,
                               recommendationsURL: "/programmes/\(r.$programme.id)/mentors")
    }
}
