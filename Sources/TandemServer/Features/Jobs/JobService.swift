import Fluent
import Foundation
import TandemCore

/// What an admin does to the queue: retry a failed job now.
struct JobService {
    let context: ServiceContext

    /// A failed job becomes due at once with a fresh set of retries; its email, if any, is queued again.
    func retry(_ id: UUID?) async throws {
        let admin = context.actor
        let job = try await JobQueries.find(id, organisationID: admin.organisationID, on: context.db)
        guard job.state == .failed else { throw JobError.notFailed }
        try await context.db.transaction { db in
            try await Job.query(on: db).filter(\.$id == job.requireID()).filter(\.$state == .failed)
                .set(\.$state, to: .due).set(\.$runAt, to: Date()).set(\.$attempts, to: 0).set(\.$finishedAt, to: nil)
                .set(\.$lockedUntil, to: nil).update()
            if job.kind == .sendEmail, let payload = try? JSONDecoder().decode(JobPayload.SendEmail.self, from: Data(job.payload.utf8)) {
                try await OutboxMessage.query(on: db).filter(\.$id == payload.outboxID).set(\.$state, to: .queued).update()
            }
            try await Audit.record("job.retried", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "job", targetID: job.id, details: job.kind.rawValue, on: db)
        }
    }
}
