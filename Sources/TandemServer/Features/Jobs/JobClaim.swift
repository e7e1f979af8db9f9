import Fluent
import Foundation
import SQLKit
import TandemCore

/// Claims one due job with one statement that works on both databases (docs/rules.md "Jobs").
/// The state and lock conditions are repeated in the outer WHERE: PostgreSQL re-checks them
/// after waiting for a row lock, so of two racing claims only one updates the row. On PostgreSQL
/// the subquery also skips rows another worker has locked.
enum JobClaim {
    /// How long a claim holds its job. A worker that dies mid-job leaves it locked this long, then
    /// another worker retries it.
    static let lease: TimeInterval = 300

    /// - Parameters:
    ///   - now: what is due is judged by this moment, which `jobs run-due --now` moves forward;
    ///   - leaseNow: leases are judged by the wall clock, so a run-due weeks ahead never takes a
    ///     job that a live worker holds (tests move it to let a lease run out).
    static func next(by worker: String, now: Date, leaseNow: Date = Date(), on db: any Database) async throws -> Job? {
        let sql = db as! any SQLDatabase
        let skipLocked = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
        let due = JobState.due.rawValue
        let row = try await sql.raw("""
            UPDATE jobs SET locked_by = \(bind: worker), locked_until = \(bind: leaseNow.addingTimeInterval(lease))
            WHERE id = (SELECT id FROM jobs
                        WHERE state = \(bind: due) AND run_at <= \(bind: now)
                          AND (locked_until IS NULL OR locked_until < \(bind: leaseNow))
                        ORDER BY run_at LIMIT 1\(unsafeRaw: skipLocked))
              AND state = \(bind: due) AND (locked_until IS NULL OR locked_until < \(bind: leaseNow))
            RETURNING id
            """).first()
        guard let id = try row?.decode(column: "id", as: UUID.self) else { return nil }
        return try await Job.find(id, on: db)
    }

    /// Records success; a worker whose lease ran out (and whose job another worker took) changes nothing.
    static func finish(_ job: Job, by worker: String, now: Date, on db: any Database) async throws {
        let jobID = try job.requireID()
        try await Job.query(on: db).filter(\.$id == jobID).filter(\.$lockedBy == worker)
            .set(\.$state, to: .done).set(\.$finishedAt, to: now).set(\.$lockedUntil, to: nil).set(\.$lastError, to: nil)
            .update()
    }

    /// Records a failure: due again after the retry schedule's wait, or failed for good.
    static func fail(_ job: Job, error: String, by worker: String, now: Date, unitRandom: Double, on db: any Database) async throws {
        let attempts = job.attempts + 1
        let jobID = try job.requireID()
        var update = Job.query(on: db).filter(\.$id == jobID).filter(\.$lockedBy == worker)
            .set(\.$attempts, to: attempts).set(\.$lastError, to: String(error.prefix(2000))).set(\.$lockedUntil, to: nil)
        if let wait = RetrySchedule.delay(beforeRetry: attempts, unitRandom: unitRandom) {
            update = update.set(\.$runAt, to: now.addingTimeInterval(wait))
        } else {
            update = update.set(\.$state, to: .failed).set(\.$finishedAt, to: now)
        }
        try await update.update()
    }
}
