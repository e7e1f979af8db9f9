import Fluent
import TandemCore
import Vapor

enum ProgrammesAPI {
    struct ProgrammeResponse: APIContent {
        let id: UUID
        let name: String
        let description: String
        let type: String
        let mode: String
        let phase: String
        let defaultCapacity: Int
        let questions: [String]
        let enrolmentStarts: String?
        let matchingStarts: String?
        let activeStarts: String?
        let closingStarts: String?
        let endsOn: String?
        let archived: Bool
        let myRoles: [String]
        let responseWindowDays: Int
        let maxOpenRequests: Int
        let firstMeetingDays: Int
    }

    struct EnrolmentRequest: APIContent {
        var role: String?
        var answers: [String]?
    }

    struct EnrolmentResponse: APIContent {
        let id: UUID
        let programmeID: UUID
        let role: String
        let status: String
        let capacity: Int
        let seatsUsed: Int
        let answers: [String]
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "programmes", .member, use: list, "Programmes of the organisation", tag: "programmes",
                 response: "ProgrammePage", errors: [401]),
        APIRoute(.POST, "programmes", .admin, use: create, "Create a programme (admin)", tag: "programmes",
                 body: "ProgrammeInput", response: "Programme", success: 201, errors: APIRoute.write),
        APIRoute(.GET, "programmes/:programmeID", .member, use: show, "One programme", tag: "programmes", response: "Programme"),
        APIRoute(.PUT, "programmes/:programmeID", .admin, use: update, "Replace a programme's settings (admin)", tag: "programmes",
                 body: "ProgrammeInput", response: "Programme", errors: APIRoute.write),
        APIRoute(.POST, "programmes/:programmeID/archive", .admin, use: archive, "Archive a programme (admin)", tag: "programmes",
                 response: "Programme", errors: APIRoute.write),
        APIRoute(.GET, "programmes/:programmeID/enrolments", .member, use: myEnrolments, "My enrolments in a programme",
                 tag: "enrolments", response: "EnrolmentPage"),
        APIRoute(.POST, "programmes/:programmeID/enrolments", .member, use: enrol, "Enrol as mentor, mentee or peer",
                 tag: "enrolments", body: "EnrolmentInput", response: "Enrolment", success: 201, errors: APIRoute.write),
        APIRoute(.DELETE, "programmes/:programmeID/enrolments/:role", .member, use: leave, "Leave a programme in one role",
                 tag: "enrolments", success: 204, errors: APIRoute.write),
        APIRoute(.GET, "programmes/:programmeID/mentors", .member, use: MentorsAPI.list,
                 "Browse mentors (or peers), filtered and paginated", tag: "mentors",
                 query: ["skill", "department", "language", "after"], response: "MentorPage"),
        APIRoute(.GET, "programmes/:programmeID/recommendations", .member, use: RecommendationsAPI.list,
                 "Mentors ranked by match score for me, with reasons", tag: "matching", query: ["k"],
                 response: "RecommendationPage", errors: [401, 404, 422]),
        APIRoute(.POST, "programmes/:programmeID/relationships/:relationshipID/close", .admin, use: ProgrammeRelationshipsAPI.close,
                 "Close a relationship or a whole circle of the programme, with a reason for the audit log (admin)",
                 tag: "relationships", body: "AdminCloseInput", response: "Relationship", errors: APIRoute.write),
    ]

    static func response(_ p: Programme, roles: Set<EnrolmentRole>, zone: TimeZone) throws -> ProgrammeResponse {
        ProgrammeResponse(
            id: try p.requireID(), name: p.name, description: p.description, type: p.type.rawValue, mode: p.mode.rawValue,
            phase: p.phase(at: Date(), in: zone).rawValue, defaultCapacity: p.defaultCapacity, questions: p.questionList,
            enrolmentStarts: p.enrolmentStarts, matchingStarts: p.matchingStarts, activeStarts: p.activeStarts,
            closingStarts: p.closingStarts, endsOn: p.endsOn, archived: p.archivedAt != nil,
            myRoles: roles.map(\.rawValue).sorted(),
            responseWindowDays: p.responseWindowDays, maxOpenRequests: p.maxOpenRequests, firstMeetingDays: p.firstMeetingDays
        )
    }

    @Sendable static func list(req: Request) async throws -> APIPage<ProgrammeResponse> {
        let user = try req.requireUser()
        let zone = try await ProgrammeQueries.timeZone(of: user, on: req.db)
        let roles = try await EnrolmentQueries.activeRoles(of: user, on: req.db)
        let all = try await ProgrammeQueries.list(for: user, includeArchived: user.isAdmin, on: req.db)
        return APIPage(items: try all.map { try response($0, roles: roles[$0.id!] ?? [], zone: zone) }, nextCursor: nil)
    }

    @Sendable static func show(req: Request) async throws -> ProgrammeResponse {
        let user = try req.requireUser()
        let p = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: user, on: req.db)
        let roles = try await EnrolmentQueries.activeRoles(of: user, on: req.db)
        return try response(p, roles: roles[p.id!] ?? [], zone: try await ProgrammeQueries.timeZone(of: user, on: req.db))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let service = ProgrammeService(context: try req.adminServiceContext())
        let p = try await service.create(try req.content.decode(ProgrammeDraft.self), policy: try req.content.decode(RequestPolicyDraft.self))
        let body = try response(p, roles: [], zone: try await ProgrammeQueries.timeZone(of: service.context.actor, on: req.db))
        return try await body.encodeResponse(status: .created, for: req)
    }

    @Sendable static func update(req: Request) async throws -> ProgrammeResponse {
        let service = ProgrammeService(context: try req.adminServiceContext())
        let p = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: service.context.actor, on: req.db)
        try await service.update(p, with: try req.content.decode(ProgrammeDraft.self), policy: try req.content.decode(RequestPolicyDraft.self))
        return try response(p, roles: [], zone: try await ProgrammeQueries.timeZone(of: service.context.actor, on: req.db))
    }

    @Sendable static func archive(req: Request) async throws -> ProgrammeResponse {
        let service = ProgrammeService(context: try req.adminServiceContext())
        let p = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: service.context.actor, on: req.db)
        try await service.archive(p)
        return try response(p, roles: [], zone: try await ProgrammeQueries.timeZone(of: service.context.actor, on: req.db))
    }

    static func enrolmentResponse(_ e: Enrolment) throws -> EnrolmentResponse {
        EnrolmentResponse(id: try e.requireID(), programmeID: e.$programme.id, role: e.role.rawValue, status: e.status.rawValue,
                          capacity: e.capacity, seatsUsed: e.seatsUsed, answers: e.answerList)
    }

    @Sendable static func myEnrolments(req: Request) async throws -> APIPage<EnrolmentResponse> {
        let service = EnrolmentService(context: try req.serviceContext())
        let p = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: service.context.actor, on: req.db)
        let list = try await service.mine(in: p)
        return APIPage(items: try list.map(enrolmentResponse), nextCursor: nil)
    }

    @Sendable static func enrol(req: Request) async throws -> Response {
        let service = EnrolmentService(context: try req.serviceContext())
        let p = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: service.context.actor, on: req.db)
        let body = try req.apiBody(EnrolmentRequest.self)
        let e = try await service.enrol(in: p, as: body.role, answers: body.answers ?? [])
        return try await enrolmentResponse(e).encodeResponse(status: .created, for: req)
    }

    @Sendable static func leave(req: Request) async throws -> HTTPStatus {
        let service = EnrolmentService(context: try req.serviceContext())
        let p = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: service.context.actor, on: req.db)
        try await service.leave(p, role: req.parameters.get("role"))
        return .noContent
    }
}
