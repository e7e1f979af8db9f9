import Fluent
import TandemCore
import Vapor

/// The requests page: what the person sent and received, and the answers to give.
enum RequestsController {
    static func register(_ app: Application) {
        app.get("requests", use: index)
        app.post("requests", ":requestID", "accept", use: accept)
        app.post("requests", ":requestID", "decline", use: decline)
        app.post("requests", ":requestID", "withdraw", use: withdraw)
        app.post("requests", ":requestID", "ask", ":mentorID", use: askInstead)
    }

    @Sendable static func index(req: Request) async throws -> Response {
        try await render(req, service: RequestService(context: try req.serviceContext()), errors: [:])
    }

    @Sendable static func accept(req: Request) async throws -> Response {
        let service = RequestService(context: try req.serviceContext())
        let request = try await service.accept(req.parameters.get("requestID", as: UUID.self))
        return req.redirect(to: "/relationships/\(request.relationshipID?.uuidString ?? "")")
    }

    @Sendable static func decline(req: Request) async throws -> Response {
        let service = RequestService(context: try req.serviceContext())
        let id = req.parameters.get("requestID", as: UUID.self)
        let form = try req.content.decode(DeclineInput.self)
        do {
            _ = try await service.decline(id, reason: form.reason)
        } catch let failure as ValidationFailure {
            return try await render(req, service: service, errors: failure.byField, declining: id, reason: form.reason ?? "")
        }
        return req.redirect(to: "/requests?notice=request-declined")
    }

    @Sendable static func withdraw(req: Request) async throws -> Response {
        let service = RequestService(context: try req.serviceContext())
        _ = try await service.withdraw(req.parameters.get("requestID", as: UUID.self))
        return req.redirect(to: "/requests?notice=request-withdrawn")
    }

    /// "Ask <name> instead": one click sends the lapsed request's text to another mentor.
    /// The usual refusals (cap, capacity, away) come back on the page, above the lists.
    @Sendable static func askInstead(req: Request) async throws -> Response {
        let service = RequestService(context: try req.serviceContext())
        do {
            _ = try await service.askInstead(req.parameters.get("requestID", as: UUID.self), mentorID: req.parameters.get("mentorID", as: UUID.self))
        } catch let error as any TandemError where !(error is AccessError) {
            return try await render(req, service: service, errors: ["ask": error.message], status: error.status)
        }
        return req.redirect(to: "/requests?notice=request-sent")
    }

    static func render(_ req: Request, service: RequestService, errors: [String: String], declining: UUID? = nil,
                       reason: String = "", status: HTTPResponseStatus? = nil) async throws -> Response {
        let user = service.context.actor
        let userID = try user.requireID()
        let timeZone = try await ProgrammeQueries.timeZone(of: user, on: req.db)
        let zone = timeZone.identifier
        let requests = try await service.list()
        // Alternatives for the few newest lapsed requests only: each costs a ranking.
        var offers: [UUID: [RequestsContext.Alternative]] = [:]
        for r in requests.filter({ $0.$mentee.id == userID && RequestAlternatives.lapsed($0) }).prefix(RequestAlternatives.count) {
            guard let id = r.id else { continue }
            offers[id] = try await RequestAlternatives.offered(for: r, viewer: user, app: req.application, db: req.db).map {
                RequestsContext.Alternative(name: $0.mentor.name, department: $0.mentor.department, action: "/requests/\(id)/ask/\($0.mentor.id)")
            }
        }
        func row(_ r: MentorRequest, other: User) -> RequestsContext.Row {
            let alternatives = r.id.flatMap { offers[$0] } ?? []
            return RequestsContext.Row(
                id: r.id?.uuidString ?? "", otherName: other.name, programmeName: r.programme.name,
                message: r.message, hopes: r.hopes, status: r.status.rawValue, statusLabel: r.status.label,
                isPending: r.status == .pending, declineReason: r.declineReason.flatMap { $0.isEmpty ? nil : $0 },
                relationshipURL: r.relationshipID.map { "/relationships/\($0)" },
                sent: DateText.short(r.createdAt, timeZone: zone),
                expires: r.status == .pending ? r.createdAt.map {
                    "Expires " + DateText.dateTime(RequestClock.expiry(sentAt: $0, windowDays: r.programme.responseWindowDays, in: timeZone), timeZone: zone)
                } : nil,
                alternatives: alternatives, hasAlternatives: !alternatives.isEmpty
            )
        }
        let received = requests.filter { $0.$mentor.id == userID }.map { row($0, other: $0.mentee) }
        let sent = requests.filter { $0.$mentee.id == userID }.map { row($0, other: $0.mentor) }
        return try await req.page("requests/index", RequestsContext(
            chrome: PageChrome(request: req, title: "Requests", section: "requests"),
            received: received, sent: sent, hasReceived: !received.isEmpty, hasSent: !sent.isEmpty, errors: errors,
            declineRequestID: declining?.uuidString ?? "", declineReason: reason
        ), status: status ?? (errors.isEmpty ? .ok : .unprocessableEntity))
    }
}
