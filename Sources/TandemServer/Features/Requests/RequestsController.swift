import Fluent
import TandemCore
import Vapor

enum RequestsController {
    static func register(_ app: Application) {
        app.get("requests", use: index)
        app.post("requests", ":requestID", "accept", use: accept)
        app.post("requests", ":requestID", "decline", use: decline)
        app.post("requests", ":requestID", "withdraw", use: withdraw)
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.requireUser()
        return try await render(req, user: user, errors: [:])
    }

    @Sendable static func accept(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let request = try await RequestQueries.find(req.parameters.get("requestID", as: UUID.self), for: user, on: req.db)
        let relationshipID = try await RequestDecisions.accept(request, by: user, on: req.db)
        await req.scoresChanged()
        return req.redirect(to: "/relationships/\(relationshipID)")
    }

    @Sendable static func decline(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let request = try await RequestQueries.find(req.parameters.get("requestID", as: UUID.self), for: user, on: req.db)
        let form = try req.content.decode(DeclineForm.self)
        do {
            try await RequestDecisions.decline(request, by: user, reason: form.reason, on: req.db)
        } catch let failure as ValidationFailure {
            return try await render(req, user: user, errors: failure.byField, declining: request.id, reason: form.reason ?? "")
        }
        return req.redirect(to: "/requests?notice=request-declined")
    }

    @Sendable static func withdraw(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let request = try await RequestQueries.find(req.parameters.get("requestID", as: UUID.self), for: user, on: req.db)
        try await RequestDecisions.withdraw(request, by: user, on: req.db)
        return req.redirect(to: "/requests?notice=request-withdrawn")
    }

    static func render(_ req: Request, user: User, errors: [String: String], declining: UUID? = nil, reason: String = "") async throws -> Response {
        let userID = try user.requireID()
        let zone = try await ProgrammeQueries.timeZone(of: user, on: req.db).identifier
        let requests = try await MentorRequest.query(on: req.db)
            .filter(\.$organisationID == user.organisationID)
            .group(.or) { $0.filter(\.$mentor.$id == userID).filter(\.$mentee.$id == userID) }
            .with(\.$mentee).with(\.$mentor).with(\.$programme)
            .sort(\.$createdAt, .descending).limit(200).all()
        func row(_ r: MentorRequest, other: User) -> RequestsContext.Row {
            RequestsContext.Row(
                id: r.id?.uuidString ?? "", otherName: other.name, programmeName: r.programme.name,
                message: r.message, hopes: r.hopes, status: r.status.rawValue, statusLabel: r.status.label,
                isPending: r.status == .pending, declineReason: r.declineReason ?? "",
                relationshipURL: r.relationshipID.map { "/relationships/\($0)" },
                sent: DateText.short(r.createdAt, timeZone: zone)
            )
        }
        let received = requests.filter { $0.$mentor.id == userID }.map { row($0, other: $0.mentee) }
        let sent = requests.filter { $0.$mentee.id == userID }.map { row($0, other: $0.mentor) }
        return try await req.page("requests/index", RequestsContext(
            chrome: PageChrome(request: req, title: "Requests", section: "requests"),
            received: received, sent: sent, errors: errors,
            declineRequestID: declining?.uuidString ?? "", declineReason: reason
        ), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
