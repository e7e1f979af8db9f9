import Fluent
import Foundation
import SQLKit
import TandemCore

/// Puts work on the queue. One job per idempotency key: enqueueing the same work twice (two
/// instances sweeping, a retried request) adds nothing.
enum JobQueue {
    /// - Returns: true when this call added the job.
    @discardableResult
    static func enqueue<Payload: Encodable>(
        _ kind: JobKind, _ payload: Payload, key: String, runAt: Date, organisationID: UUID?, on db: any Database
    ) async throws -> Bool {
        let json = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
        let row = try await (db as! any SQLDatabase).raw("""
            INSERT INTO jobs (id, organisation_id, kind, payload, idempotency_key, state, run_at, attempts, created_at)
            VALUES (\(bind: UUID()), \(bind: organisationID), \(bind: kind.rawValue), \(bind: json), \(bind: key),
                    \(bind: JobState.due.rawValue), \(bind: runAt), 0, \(bind: Date()))
            ON CONFLICT (idempotency_key) DO NOTHING
            RETURNING id
            """).first()
        return row != nil
    }
}

/// What each kind of job carries.
enum JobPayload {
    struct Sweep: Codable { var at: Date }
    struct SendEmail: Codable { var outboxID: UUID }
    struct PostWebhook: Codable { var url: String; var json: String }
    struct SolveMatchRun: Codable { var runID: UUID }
    struct SendAnnouncement: Codable { var announcementID: UUID }
}
