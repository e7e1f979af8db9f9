import Fluent
import SQLKit
import TandemCore
import Vapor

/// A pair (or a trio's third person) the approval left out because something changed since the
/// solve, and why. Stored on the run so its page can list them.
struct SkippedMatch: Codable, Sendable, Equatable {
    let names: String
    let reason: String
    /// The left-out pair's mentee, so the run's page can drop that row from what was created.
    /// Nil for a trio's third person, and in runs approved before it was stored.
    var menteeID: UUID?
}

/// What an approval did: relationships created for the pairs that still held, and the rest.
struct MatchApprovalResult: Sendable {
    let created: Int
    let skipped: [SkippedMatch]
}

/// Approval creates the relationships of a proposal in one transaction, re-checking each pair
/// against what changed since the solve: both people still active and enrolled, the mentee not
/// matched meanwhile, and the seats still free (claimed by conditional UPDATE, docs/rules.md
/// "Capacity"). Pairs that still hold are created; the others are skipped and listed. A pair is
/// all or nothing: it runs inside a savepoint, rolled back if any of its checks or claims fails.
/// See docs/matching.md "Approval".
enum MatchApproval {
    static func approve(_ run: MatchRun, programme: Programme, by admin: User, on db: any Database) async throws -> MatchApprovalResult {
        guard let proposal = MatchRunner.proposal(of: run), run.status == .done else {
            throw MatchRunError.notReady
        }
        let runID = try run.requireID()
        // Seats are claimed in a fixed order (by mentor id, then mentee id) so concurrent work cannot deadlock.
        let pairs = proposal.pairs.sorted { ($0.mentorID.uuidString, $0.menteeID.uuidString) < ($1.mentorID.uuidString, $1.menteeID.uuidString) }
        return try await SeatClaims.withRetry {
            try await db.transaction { db in
                // The run's own conditional update is the first write: a second approval finds nothing to change.
                let claimed = try await (db as! any SQLDatabase).raw("""
                    UPDATE match_runs SET status = 'approved', approved_at = \(bind: Date())
                    WHERE id = \(bind: runID) AND status = 'done' RETURNING id
                    """).first()
                guard claimed != nil else {
                    throw MatchRunError.alreadyApproved
                }
                try await serialiseApprovals(of: programme, on: db)
                var step = try await MatchApprovalStep(programme: programme, proposal: proposal, admin: admin, on: db)
                for pair in pairs {
                    try await step.apply(pair)
                }
                if let trio = proposal.trio {
                    try await step.apply(trio)
                }
                let skippedJSON = String(decoding: try JSONEncoder().encode(step.skipped), as: UTF8.self)
                try await MatchRun.query(on: db).filter(\.$id == runID).set(\.$skipped, to: skippedJSON).update()
                try await Audit.record("match.approved", organisationID: admin.organisationID, actorID: admin.id, target: "match_run", targetID: runID,
                                       details: "\(step.created) pairs created, \(step.skipped.count) skipped, objective \(run.objective.rawValue)", on: db)
                return MatchApprovalResult(created: step.created, skipped: step.skipped)
            }
        }
    }

    /// Two runs of one programme approved at once would each read "not matched yet" for the same
    /// mentee. SQLite already serialises them (the run's update above is the first statement, so
    /// it holds the write lock); PostgreSQL takes a lock per programme for the transaction, before
    /// the step reads who is enrolled and matched.
    private static func serialiseApprovals(of programme: Programme, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        guard sql.dialect.name == "postgresql" else { return }
        let key = try programme.requireID().uuid
        let lockID = [key.0, key.1, key.2, key.3, key.4, key.5, key.6, key.7].reduce(Int64(0)) { $0 << 8 | Int64($1) }
        try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: lockID))").run()
    }
}
