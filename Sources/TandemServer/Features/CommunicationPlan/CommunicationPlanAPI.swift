import Fluent
import TandemCore
import Vapor

/// The plan over the API: read it with each message's state, and edit one message's text or
/// switch it on or off. Admins only; another organisation's ids answer 404.
enum CommunicationPlanAPI {
    static let routes: [APIRoute] = [
        APIRoute(.GET, "programmes/:programmeID/plan", .admin, use: show,
                 "The programme's communication plan, each message with its state (admin)", tag: "plan",
                 response: "Plan", errors: [401, 403, 404]),
        APIRoute(.PATCH, "programmes/:programmeID/plan/messages/:messageID", .admin, use: patch,
                 "Switch a plan message on or off, or change its subject or body (admin)", tag: "plan",
                 body: "PlanMessagePatch", response: "PlanMessage", errors: APIRoute.write),
    ]

    struct PatchBody: APIContent {
        var enabled: Bool?
        var subject: String?
        var body: String?
    }

    @Sendable static func show(req: Request) async throws -> PlanResponse {
        let service = PlanService(context: try req.adminServiceContext())
        let programme = try await service.adminProgramme(req.parameters.get("programmeID", as: UUID.self))
        let messages = try await PlanQueries.messages(of: programme, on: req.db)
        let items = try await responses(messages, in: programme, viewer: service.context.actor, on: req.db)
        return PlanResponse(programmeID: try programme.requireID(), messages: items)
    }

    @Sendable static func patch(req: Request) async throws -> PlanMessageResponse {
        let service = PlanService(context: try req.adminServiceContext())
        let programme = try await service.adminProgramme(req.parameters.get("programmeID", as: UUID.self))
        let message = try await PlanQueries.find(req.parameters.get("messageID", as: UUID.self), in: programme, on: req.db)
        let body = try req.apiBody(PatchBody.self)
        try await service.patch(message, enabled: body.enabled, subject: body.subject, body: body.body, in: programme)
        return try await responses([message], in: programme, viewer: service.context.actor, on: req.db)[0]
    }

    static func responses(_ messages: [PlanMessage], in programme: Programme, viewer: User,
                          on db: any Database) async throws -> [PlanMessageResponse] {
        let runs = try await PlanQueries.runs(of: programme, on: db)
        let zone = try await ProgrammeQueries.timeZone(of: viewer, on: db)
        let now = Date()
        return try messages.map { m in
            let summary = runs[try m.requireID()]
            let status = PlanMessageStatus(m, programme: programme, runs: summary, now: now, orgZone: zone, viewerZone: zone.identifier)
            return PlanMessageResponse(
                id: try m.requireID(), event: m.event.rawValue, offsetDays: m.offsetDays, trigger: m.trigger.sentence,
                audience: m.audience.rawValue, subject: m.subject, body: m.body,
                channels: PlanChannel.allCases.filter(m.channelSet.contains).map(\.rawValue), enabled: m.enabled,
                position: m.position, state: status.state.rawValue, status: status.text, dueAt: status.dueAt,
                sentRuns: summary?.sentRuns ?? 0, skippedRuns: summary?.skippedRuns ?? 0,
                peopleReached: summary?.people ?? 0, lastSentAt: summary?.lastSentAt)
        }
    }
}

struct PlanResponse: APIContent {
    let programmeID: UUID
    let messages: [PlanMessageResponse]
}

struct PlanMessageResponse: APIContent {
    let id: UUID
    let event: String
    let offsetDays: Int
    let trigger: String
    let audience: String
    let subject: String
    let body: String
    let channels: [String]
    let enabled: Bool
    let position: Int
    let state: String
    let status: String
    let dueAt: Date?
    let sentRuns: Int
    let skippedRuns: Int
    let peopleReached: Int
    let lastSentAt: Date?
}
