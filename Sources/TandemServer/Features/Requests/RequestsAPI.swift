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
        /// Set when Tandem declined on the mentor's behalf (`mentor_away`).
        let declineCode: String?
        /// When a pending request expires (`RequestClock`); nil once settled.
        let expiresAt: Date?
        /// Only on `GET /requests/{id}`, for the mentee of a lapsed request: the next best mentors.
        var alternatives: [AlternativeResponse]?
    }

    struct AlternativeResponse: APIContent {
        let mentorID: UUID
        let name: String
        let department: String
        let seatsLeft: Int
        let score: Int
    }

    struct AskInsteadInput: APIContent {
        var mentorID: UUID?
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "requests", .member, use: list, "Requests I sent or received", tag: "requests",
                 response: "RequestPage", errors: [401]),
        APIRoute(.POST, "requests", .member, use: create, "Ask someone to mentor me", tag: "requests",
                 body: "RequestInput", response: "MentorRequest", success: 201, errors: APIRoute.write),
        APIRoute(.GET, "requests/:requestID", .member, use: show,
                 "One request; a lapsed one (expired, or its mentor away) carries the next best mentors as `alternatives`",
                 tag: "requests", response: "MentorRequest"),
        APIRoute(.POST, "requests/:requestID/ask-instead", .member, use: askInstead,
                 "Ask another mentor with the same message, after this request lapsed (mentee)",
                 tag: "requests", body: "AskInsteadInput", response: "MentorRequest", success: 201, errors: APIRoute.write),
        APIRoute(.POST, "requests/:requestID/accept", .member, use: accept, "Accept (mentor); creates the relationship",
                 tag: "requests", response: "MentorRequest", errors: APIRoute.write),
        APIRoute(.POST, "requests/:requestID/decline", .member, use: decline, "Decline with an optional reason (mentor)",
                 tag: "requests", body: "DeclineInput", response: "MentorRequest", errors: APIRoute.write),
        APIRoute(.POST, "requests/:requestID/withdraw", .member, use: withdraw, "Withdraw (mentee)",
                 tag: "requests", response: "MentorRequest", errors: APIRoute.write),
    ]

    /// `zone` is the organisation's: windows count its calendar days. The programme must be loaded.
    static func response(_ r: MentorRequest, zone: TimeZone) throws -> RequestResponse {
        let expires = r.status == .pending ? r.createdAt.map {
            RequestClock.expiry(sentAt: $0, windowDays: r.programme.responseWindowDays, in: zone)
        } : nil
        return RequestResponse(id: try r.requireID(), programmeID: r.$programme.id, menteeID: r.$mentee.id, mentorID: r.$mentor.id,
                               message: r.message, hopes: r.hopes, status: r.status.rawValue, declineReason: r.declineReason,
                               relationshipID: r.relationshipID, createdAt: r.createdAt, declineCode: r.declineCode?.rawValue,
                               expiresAt: expires)
    }

    static func response(_ r: MentorRequest, for req: Request) async throws -> RequestResponse {
        try response(r, zone: try await ProgrammeQueries.timeZone(of: try req.requireUser(), on: req.db))
    }

    @Sendable static func list(req: Request) async throws -> APIPage<RequestResponse> {
        let list = try await RequestService(context: try req.serviceContext()).list()
        let zone = try await ProgrammeQueries.timeZone(of: try req.requireUser(), on: req.db)
        return APIPage(items: try list.map { try response($0, zone: zone) }, nextCursor: nil)
    }

    @Sendable static func show(req: Request) async throws -> RequestResponse {
        let service = RequestService(context: try req.serviceContext())
        let r = try await service.find(req.parameters.get("requestID", as: UUID.self))
        var body = try await response(r, for: req)
        body.alternatives = try await RequestAlternatives.offered(for: r, viewer: service.context.actor, app: req.application, db: req.db).map {
            AlternativeResponse(mentorID: $0.mentor.id, name: $0.mentor.name, department: $0.mentor.department,
                                seatsLeft: $0.mentor.seatsLeft, score: $0.score.score)
        }
        return body
    }

    @Sendable static func askInstead(req: Request) async throws -> Response {
        let service = RequestService(context: try req.serviceContext())
        let body = try req.apiBody(AskInsteadInput.self)
        guard let mentorID = body.mentorID else {
            throw ValidationFailure([FieldError(field: "mentor_id", .required, message: "Give the mentor's id.")])
        }
        let created = try await service.askInstead(req.parameters.get("requestID", as: UUID.self), mentorID: mentorID)
        return try await response(created, for: req).encodeResponse(status: .created, for: req)
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
        return try await response(created, for: req).encodeResponse(status: .created, for: req)
    }

    @Sendable static func accept(req: Request) async throws -> RequestResponse {
        try await response(try await RequestService(context: try req.serviceContext()).accept(req.parameters.get("requestID", as: UUID.self)), for: req)
    }

    @Sendable static func decline(req: Request) async throws -> RequestResponse {
        let service = RequestService(context: try req.serviceContext())
        let body = (try? req.apiBody(DeclineInput.self)) ?? DeclineInput()
        return try await response(try await service.decline(req.parameters.get("requestID", as: UUID.self), reason: body.reason), for: req)
    }

    @Sendable static func withdraw(req: Request) async throws -> RequestResponse {
        try await response(try await RequestService(context: try req.serviceContext()).withdraw(req.parameters.get("requestID", as: UUID.self)), for: req)
    }
}
