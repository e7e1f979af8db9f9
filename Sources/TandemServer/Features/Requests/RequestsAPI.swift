import Fluent
import TandemCore
import Vapor

enum RequestsAPI {
    struct CreateRequest: Content {
        var programme_id: UUID?
        var mentor_id: UUID?
        var message: String?
        var hopes: String?
    }

    struct DeclineBody: Content {
        var reason: String?
    }

    struct RequestResponse: Content {
        let id: UUID
        let programme_id: UUID
        let mentee_id: UUID
        let mentor_id: UUID
        let message: String
        let hopes: String
        let status: String
        let decline_reason: String?
        let relationship_id: UUID?
        let created_at: Date?
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
        RequestResponse(id: try r.requireID(), programme_id: r.$programme.id, mentee_id: r.$mentee.id, mentor_id: r.$mentor.id,
                        message: r.message, hopes: r.hopes, status: r.status.rawValue, decline_reason: r.declineReason,
                        relationship_id: r.relationshipID, created_at: r.createdAt)
    }

    @Sendable static func list(req: Request) async throws -> APIPage<RequestResponse> {
        let list = try await RequestService(context: try req.serviceContext()).list()
        return APIPage(items: try list.map(response), next_cursor: nil)
    }

    @Sendable static func show(req: Request) async throws -> RequestResponse {
        try response(try await RequestService(context: try req.serviceContext()).find(req.parameters.get("requestID", as: UUID.self)))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let service = RequestService(context: try req.serviceContext())
        let body = try req.content.decode(CreateRequest.self)
        guard let programmeID = body.programme_id else {
            throw ValidationFailure([FieldError(field: "programme_id", .required, message: "Give the programme's id.")])
        }
        let programme = try await ProgrammeQueries.find(programmeID, for: service.context.actor, on: req.db)
        let created = try await service.send(MentorRequestDraft(message: body.message ?? "", hopes: body.hopes ?? ""),
                                             to: body.mentor_id, in: programme)
        return try await response(created).encodeResponse(status: .created, for: req)
    }

    @Sendable static func accept(req: Request) async throws -> RequestResponse {
        try response(try await RequestService(context: try req.serviceContext()).accept(req.parameters.get("requestID", as: UUID.self)))
    }

    @Sendable static func decline(req: Request) async throws -> RequestResponse {
        let service = RequestService(context: try req.serviceContext())
        let body = (try? req.content.decode(DeclineBody.self)) ?? DeclineBody()
        return try response(try await service.decline(req.parameters.get("requestID", as: UUID.self), reason: body.reason))
    }

    @Sendable static func withdraw(req: Request) async throws -> RequestResponse {
        try response(try await RequestService(context: try req.serviceContext()).withdraw(req.parameters.get("requestID", as: UUID.self)))
    }
}
