import Fluent
import Foundation
import TandemCore
import Vapor

/// The recurring job: looks at the data as it stands at `now` and acts on whatever has fallen
/// due since. Nothing is remembered between sweeps but what was sent, so a restart or a missed
/// week catches up with one message per item, never one per missed day.
enum Sweep {
    /// One sweep per minute across all instances: the idempotency key is the minute.
    static func enqueue(at now: Date, on db: any Database) async throws {
        let minute = Int(now.timeIntervalSince1970 / 60)
        try await JobQueue.enqueue(.sweep, JobPayload.Sweep(at: now), key: "sweep:\(minute)", runAt: now,
                                   organisationID: nil, on: db)
    }

    static func run(now: Date, app: Application) async throws {
        let settings = app.settings
        try await PhaseSweep.run(now: now, app: app)
        try await PlanDelivery.run(now: now, app: app)
        // Expiry runs every minute, so a request expires within a minute of its window's end.
        try await RequestExpiry.run(now: now, app: app)
        // Nudges, digests and clean-up look at every open pair and person: once an hour is enough.
        // The first sweep of an hour adds the hour's marker job (one per key), and only it goes on.
        let hour = Int(now.timeIntervalSince1970 / 3600)
        guard try await JobQueue.enqueue(.sweep, JobPayload.Sweep(at: now), key: "hourly:\(hour)", runAt: now,
                                          organisationID: nil, on: app.db) else { return }
        try await Notifier.deliver(try await RequestNudges.due(at: now, on: app.db) + CheckInNudges.due(at: now, on: app.db)
                                   + SurveyNudges.due(at: now, on: app.db), now: now, settings: settings, on: app.db)
        try await RiskEscalation.run(now: now, settings: settings, on: app.db)
        try await DigestSweep.run(now: now, app: app)
        try await JobQueueCleanup.run(now: now, on: app.db)
    }
}

/// Done jobs are kept a week for the admin page, then deleted, so the queue stays small.
enum JobQueueCleanup {
    static let keep: TimeInterval = 7 * 24 * 3600

    static func run(now: Date, on db: any Database) async throws {
        try await Job.query(on: db).filter(\.$state == .done).filter(\.$finishedAt < now.addingTimeInterval(-keep)).delete()
    }
}
