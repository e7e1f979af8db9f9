import Fluent
import Foundation
import SQLKit
import TandemCore
import TandemMatching
import Vapor

/// Runs a match: loads participants, scores and solves on the matching pool (never on an event
/// loop), and records progress and the proposal on the run's row.
enum MatchRunner {
    /// Queues the solve as a job and starts a pass at once, so the run begins now; if the process
    /// stops mid-solve, the job's lease runs out and any instance runs it again.
    static func start(_ run: MatchRun, app: Application) async throws {
        let runID = try run.requireID()
        try await JobQueue.enqueue(.solveMatchRun, JobPayload.SolveMatchRun(runID: runID), key: "match-run:\(runID)",
                                   runAt: Date(), organisationID: run.organisationID, on: app.db)
        JobWorker(app: app).kick()
    }

    /// The job's handler. An error fails the run at once (a retry would fail the same way); a
    /// process that stops mid-solve leaves the job locked until its lease ends, then it runs again.
    static func execute(runID: UUID, app: Application) async throws {
        guard let run = try await MatchRun.find(runID, on: app.db), run.status == .queued || run.status == .running,
              let programme = try await Programme.find(run.programmeID, on: app.db) else { return }
        do {
            try await execute(runID: runID, programmeID: run.programmeID, type: programme.type,
                              criteria: RecommendationQueries.criteria(for: programme), app: app)
        } catch {
            app.logger.error("Match run \(runID) failed: \(String(reflecting: error))")
            try await MatchRun.query(on: app.db).filter(\.$id == runID)
                .set(\.$status, to: .failed).set(\.$error, to: "The solver stopped: \(error)").set(\.$finishedAt, to: Date())
                .update()
        }
    }

    private static func execute(runID: UUID, programmeID: UUID, type: ProgrammeType, criteria: MatchCriteria, app: Application) async throws {
        let db = app.db
        guard let run = try await MatchRun.find(runID, on: db) else { return }
        try await progress(runID, 10, status: .running, on: db)
        let (seeker, offered) = RequestRoles.roles(for: type)
        let taken = try await MatchRunQueries.alreadyMatched(programmeID: programmeID, on: db)
        let objective = run.objective
        let pins = run.pinList.map { (mentee: $0.mentee, mentor: $0.mentor) }
        let forbids = run.forbidList.map { (mentee: $0.mentee, mentor: $0.mentor) }
        let proposal: MatchProposal
        if type.isTwoSided {
            let mentees = try await MatchProfileQueries.load(programmeID: programmeID, role: seeker, on: db).filter { !taken.contains($0.id) }
            let mentors = try await MatchProfileQueries.load(programmeID: programmeID, role: offered, on: db).filter { $0.seatsLeft > 0 }
            try await progress(runID, 30, on: db)
            proposal = try await app.matchingPool.runIfActive {
                try MatchPlanner.plan(mentees: mentees, mentors: mentors, criteria: criteria, objective: objective, pins: pins, forbids: forbids)
            }
        } else {
            // A peer with a partner already is left out; a free seat is what a new partner needs.
            let people = try await MatchProfileQueries.load(programmeID: programmeID, role: .peer, on: db)
                .filter { !taken.contains($0.id) && $0.seatsLeft > 0 }
            try await progress(runID, 30, on: db)
            let peerObjective: PeerObjective = objective == .coverage ? .coverage : .score
            let allowTrio = run.allowTrio
            proposal = try await app.matchingPool.runIfActive {
                try PeerPlanner.plan(people: people, criteria: criteria, objective: peerObjective,
                                     pins: pins.map { ($0.mentee, $0.mentor) }, forbids: forbids.map { ($0.mentee, $0.mentor) },
                                     allowTrio: allowTrio)
            }
        }
        let json = String(decoding: try JSONEncoder().encode(proposal), as: UTF8.self)
        try await MatchRun.query(on: db).filter(\.$id == runID)
            .set(\.$status, to: .done).set(\.$progress, to: 100).set(\.$proposal, to: json).set(\.$finishedAt, to: Date())
            .update()
    }

    private static func progress(_ runID: UUID, _ value: Int, status: MatchRun.Status? = nil, on db: any Database) async throws {
        var query = MatchRun.query(on: db).filter(\.$id == runID).set(\.$progress, to: value)
        if let status { query = query.set(\.$status, to: status) }
        try await query.update()
    }

    static func proposal(of run: MatchRun) -> MatchProposal? {
        run.proposal.flatMap { try? JSONDecoder().decode(MatchProposal.self, from: Data($0.utf8)) }
    }
}
