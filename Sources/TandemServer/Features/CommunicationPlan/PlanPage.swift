import Fluent
import TandemCore
import Vapor

/// The plan page: every message of the programme with its timing, audience and what happened.
enum PlanPage {
    static func render(_ req: Request, programme: Programme, viewer: User) async throws -> Response {
        let base = try CommunicationPlanController.base(programme)
        let rows = try await PlanRows.load(programme: programme, viewer: viewer, base: base, on: req.db)
        return try await req.page("communication-plan/index", PlanPageContext(
            chrome: PageChrome(request: req, title: "Communication plan: \(programme.name)", section: "programmes"),
            programmeName: programme.name, programmeURL: "/programmes/\(try programme.requireID())",
            newURL: "\(base)/messages/new", isInformal: programme.mode == .informal, rows: rows, hasRows: !rows.isEmpty))
    }
}

/// The rows of a programme's plan with their status: four queries whatever the number of
/// messages, pairs or runs (messages, summed runs, the organisation's zone, the viewer's zone).
enum PlanRows {
    static func load(programme: Programme, viewer: User, base: String, on db: any Database) async throws -> [PlanMessageRow] {
        let messages = try await PlanQueries.messages(of: programme, on: db)
        let runs = try await PlanQueries.runs(of: programme, on: db)
        let orgZone = try await ProgrammeQueries.timeZone(of: viewer, on: db)
        let viewerZone = try await ViewerZone.of(viewer, on: db).identifier
        let now = Date()
        return messages.map { message in
            let status = PlanMessageStatus(message, programme: programme, runs: runs[message.id ?? UUID()], now: now,
                                           orgZone: orgZone, viewerZone: viewerZone)
            return PlanMessageRow(message, status: status, base: base)
        }
    }
}
