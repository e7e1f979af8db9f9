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

    static func load(_ req: Request) async throws -> (User, Programme) {
        let admin = try req.requireAdmin()
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: admin, on: req.db)
        return (admin, programme)
    }

    /// Formal programmes match from the matching phase on; later runs pick up late joiners.
    static func whyNot(_ programme: Programme, phase: ProgrammePhase) -> String? {
        if programme.archivedAt != nil { return "This programme is archived." }
        // Informal programmes are always open, so an admin may also pair the people still waiting.
        if programme.mode == .formal && [.upcoming, .enrolment].contains(phase) { return "Match runs open when the matching phase starts." }
        if phase == .ended { return "This programme has ended." }
        return nil
    }

    @Sendable static func home(req: Request) async throws -> View {
        let (admin, programme) = try await load(req)
        let programmeID = try programme.requireID()
        let zone = try await ProgrammeQueries.timeZone(of: admin, on: req.db)
        let reason = whyNot(programme, phase: programme.phase(at: Date(), in: zone))
        let counts = try await EnrolmentQueries.roleCounts(programmeID: programmeID, on: req.db)
        let runs = try await MatchRun.query(on: req.db).filter(\.$programmeID == programmeID)
            .sort(\.$createdAt, .descending).limit(20).all()
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
            }
        ))
    }

    @Sendable static func start(req: Request) async throws -> Response {
        let (admin, programme) = try await load(req)
        let zone = try await ProgrammeQueries.timeZone(of: admin, on: req.db)
        if let reason = whyNot(programme, phase: programme.phase(at: Date(), in: zone)) {
            throw AppError.conflict("match_run.closed", reason)
        }
        let form = try req.content.decode(StartForm.self)
        guard let objective = MatchObjective(rawValue: form.objective ?? ""),
              programme.type.isTwoSided || objective != .stable else {
            throw ValidationFailure([FieldError(field: "objective", code: "invalid", message: "Choose one of the objectives offered.")])
        }
        let (pins, forbids) = try await MatchChoices.read(req, fromRun: form.from_run, programme: programme)
        let run = MatchRun(organisationID: admin.organisationID, programmeID: try programme.requireID(), objective: objective,
                           createdBy: try admin.requireID(), pins: pins, forbids: forbids,
                           allowTrio: form.allow_trio == "on" || form.allow_trio == "true")
        try await run.save(on: req.db)
        MatchRunner.start(run, programme: programme, app: req.application)
        return req.redirect(to: "/programmes/\(try programme.requireID())/matching/runs/\(try run.requireID())")
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (_, programme) = try await load(req)
        let run = try await MatchChoices.run(req, programme: programme)
        return try await req.view.render("matching/run", MatchRunPage.context(req, run: run, programme: programme))
    }

    @Sendable static func approve(req: Request) async throws -> Response {
        let (admin, programme) = try await load(req)
        let run = try await MatchChoices.run(req, programme: programme)
        let result = try await MatchApproval.approve(run, programme: programme, by: admin, on: req.db)
        await req.scoresChanged()
        let programmeID = try programme.requireID()
        if !result.skipped.isEmpty {
            // The run's page lists what changed since the solve and was left out.
            return req.redirect(to: "/programmes/\(programmeID)/matching/runs/\(try run.requireID())?notice=match-approved-partly")
        }
        return req.redirect(to: "/programmes/\(programmeID)/matching?notice=\(result.created == 1 ? "match-approved-one" : "match-approved")")
    }
}
