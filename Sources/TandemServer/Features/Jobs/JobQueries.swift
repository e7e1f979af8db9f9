import Fluent
import Foundation
import TandemCore

/// The admin's view of the queue: one organisation's jobs, each list capped, so the page costs
/// the same however long the queue grows.
enum JobQueries {
    static let listLimit = 50

    struct Overview {
        let failed: [Job]
        let running: [Job]
        let due: [Job]
    }

    static func overview(organisationID: UUID, now: Date, on db: any Database) async throws -> Overview {
        let failed = try await Job.query(on: db).filter(\.$organisationID == organisationID).filter(\.$state == .failed)
            .sort(\.$finishedAt, .descending).limit(listLimit).all()
        let waiting = try await Job.query(on: db).filter(\.$organisationID == organisationID).filter(\.$state == .due)
            .sort(\.$runAt).limit(listLimit * 2).all()
        let running = waiting.filter { ($0.lockedUntil ?? .distantPast) > now }
        let due = waiting.filter { ($0.lockedUntil ?? .distantPast) <= now }
        return Overview(failed: failed, running: running, due: Array(due.prefix(listLimit)))
    }

    static func find(_ id: UUID?, organisationID: UUID, on db: any Database) async throws -> Job {
        guard let id, let job = try await Job.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first()
        else { throw AccessError.notFound(.job) }
        return job
    }
}
