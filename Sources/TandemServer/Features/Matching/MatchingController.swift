import Fluent
import TandemCore
import Vapor

/// Admin bulk matching for formal programmes: start a run, review the explained proposal,
/// pin or forbid pairs and re-run, then approve.
enum MatchingController {
    static func register(_ app: Application) {
        let matching = app.grouped("programmes", ":programmeID", "matching")
        matching.get(use: home)
        matching.post("runs", use: start)
        matching.get("runs", ":runID", use: show)
        matching.post("runs", ":runID", "approve", use: approve)
    }

    struct StartForm: Content {
        var objective: String?
        var from_run: UUID?
        var allow_trio: String?
    }

    static func load(_ req: Request) async throws -> (MatchingService, Programme) {
        let service = MatchingService(context: try req.adminServiceContext())
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: service.context.actor, on: req.db)
        return (service, programme)
    }

    @Sendable static func home(req: Request) async throws -> View {
        let (service, programme) = try await load(req)
        let programmeID = try programme.requireID()
        let zone = try await ProgrammeQueries.timeZone(of: service.context.actor, on: req.db)
        let reason = MatchRunRules.whyClosed(isArchived: programme.archivedAt != nil, mode: programme.mode,
                                             phase: programme.phase(at: Date(), in: zone))?.message
        let counts = try await EnrolmentQueries.roleCounts(programmeID: programmeID, on: req.db)
        let runs = try await MatchRunQueries.recent(of: programmeID, on: req.db)
        return try await req.view.render("matching/home", MatchingHomeContext(
            chrome: PageChrome(request: req, title: "Match \(programme.name)", section: "programmes"),
            programmeID: programmeID.uuidString, programmeName: programme.name,
            canRun: reason == nil, whyNot: reason ?? "",
            isPeerPool: !programme.type.isTwoSided,
            objectives: MatchObjective.allCases.filter { programme.type.isTwoSided || $0 != .stable }.map { Choice(value: $0.rawValue, label: "\(ObjectiveText.label($0)): \(ObjectiveText.note($0))", selected: $0 == .score) },
            menteeCount: counts[.mentee] ?? counts[.peer] ?? 0, mentorCount: counts[.mentor] ?? 0,
            runs: runs.map { run in
                let p = MatchRunner.proposal(of: run)
                return .init(url: "/programmes/\(programmeID)/matching/runs/\(run.id!)", created: DateText.short(run.createdAt, timeZone: zone.identifier),
                             objective: ObjectiveText.label(run.objective), status: run.status.rawValue,
                             summary: p.map { "\($0.matched) of \($0.menteeCount) matched, total \($0.totalScore)" } ?? "")
            },
            hasRuns: !runs.isEmpty
        ))
    }

    @Sendable static func start(req: Request) async throws -> Response {
        let (service, programme) = try await load(req)
        let form = try req.content.decode(StartForm.self)
        let previous = try await MatchRunQueries.previous(form.from_run, of: programme, on: req.db)
        let run = try await service.start(
            in: programme, objective: form.objective, from: previous,
            choice: { try? req.content.get(String.self, at: "choice_\($0)") },
            allowTrio: form.allow_trio == "on" || form.allow_trio == "true")
        return req.redirect(to: "/programmes/\(try programme.requireID())/matching/runs/\(try run.requireID())")
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (_, programme) = try await load(req)
        let run = try await MatchRunQueries.run(req.parameters.get("runID", as: UUID.self), of: programme, on: req.db)
        return try await req.view.render("matching/run", MatchRunPage.context(req, run: run, programme: programme))
    }

    @Sendable static func approve(req: Request) async throws -> Response {
        let (service, programme) = try await load(req)
        let run = try await MatchRunQueries.run(req.parameters.get("runID", as: UUID.self), of: programme, on: req.db)
        let result = try await service.approve(run, of: programme)
        let programmeID = try programme.requireID()
        if !result.skipped.isEmpty {
            // The run's page lists what changed since the solve and was left out.
            return req.redirect(to: "/programmes/\(programmeID)/matching/runs/\(try run.requireID())?notice=match-approved-partly")
        }
        return req.redirect(to: "/programmes/\(programmeID)/matching?notice=\(result.created == 1 ? "match-approved-one" : "match-approved")")
    }
}
