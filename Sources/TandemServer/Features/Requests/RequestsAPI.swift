import Fluent
import TandemCore
import Vapor

enum RequestsAPI {
    struct CreateRequest: APIContent {
        var programmeID: UUID?
        var mentorID: UUID?
        var message: String?
        var hopes: String?
    }

    struct RequestResponse: APIContent {
        let id: UUID
        let programmeID: UUID
        let menteeID: UUID
        let mentorID: UUID
        let message: String
        let hopes: String
        let status: String
        let declineReason: String?
        let relationshipID: UUID?
        let createdAt: Date?
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "requests", .member, use: list, "Requests I sent or received", tag: "requests",
                 response: "RequestPage", errors: [401]),
        APIRoute(.POST, "requests", .member, use: create, "Ask someone to mentor me", tag: "requests",
                 body: "RequestInput", response: "MentorRequest", success: 201, errors: APIRoute.write),
        APIRoute(.GET, "requests/:requestID", .member, use: show, "One request", tag: "requests", response: "MentorRequest"),
        APIRoute(.POST, "requests/:requestID/accept", .member, use: accept, "Accept (mentor); creates the relationship",
                 tag: "requests", response: "MentorRequest", errors: APIRoute.write),
        APIRoute(.POST, "requests/:requestID/decline", .member, use: decline, "Decline with an optional reason (mentor)",
                 tag: "requests", body: "DeclineInput", response: "MentorRequest", errors: APIRoute.write),
        APIRoute(.POST, "requests/:requestID/withdraw", .member, use: withdraw, "Withdraw (mentee)",
                 tag: "requests", response: "MentorRequest", errors: APIRoute.write),
    ]

    static func response(_ r: MentorRequest) throws -> RequestResponse {
        RequestResponse(id: try r.requireID(), programmeID: r.$programme.id, menteeID: r.$mentee.id, mentorID: r.$mentor.id,
                        message: r.message, hopes: r.hopes, status: r.status.rawValue, declineReason: r.declineReason,
                        relationshipID: r.relationshipID, createdAt: r.createdAt)
    }

    @Sendable static func list(req: Request) async throws -> APIPage<RequestResponse> {
        let list = try await RequestService(context: try req.serviceContext()).list()
        return APIPage(items: try list.map(response), nextCursor: nil)
    }

    @Sendable static func show(req: Request) async throws -> RequestResponse {
        try response(try await RequestService(context: try req.serviceContext()).find(req.parameters.get("requestID", as: UUID.self)))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let service = RequestService(context: try req.serviceContext())
        let body = try req.apiBody(CreateRequest.self)
        guard let programmeID = body.programmeID else {
            throw ValidationFailure([FieldError(field: "programme_id", .required, message: "Give the programme's id.")])
        }
        let programme = try await ProgrammeQueries.find(programmeID, for: service.context.actor, on: req.db)
        let created = try await service.send(MentorRequestDraft(message: body.message ?? "", hopes: body.hopes ?? ""),
                                             to: body.mentorID, in: programme)
        return try await response(created).encodeResponse(status: .created, for: req)
    }

    @Sendable static func accept(req: Request) async throws -> RequestResponse {
        try response(try await RequestService(context: try req.serviceContext()).accept(req.parameters.get("requestID", as: UUID.self)))
    }

    @Sendable static func decline(req: Request) async throws -> RequestResponse {
        let service = RequestService(context: try req.serviceContext())
        let body = (try? req.apiBody(DeclineInput.self)) ?? DeclineInput()
        return try response(try await service.decline(req.parameters.get("requestID", as: UUID.self), reason: body.reason))
    }

    @Sendable static func withdraw(req: Request) async throws -> RequestResponse {
        try response(try await RequestService(context: try req.serviceContext()).withdraw(req.parameters.get("requestID", as: UUID.self)))
    }
}
