import Fluent
import Foundation
import SQLKit
import TandemCore

/// Records what happened to one occurrence of a plan message. The unique (plan_message_id,
/// occurrence) index makes this the idempotency key: `INSERT … ON CONFLICT DO NOTHING` (both
/// databases) means a second call, a racing worker or a rerun records nothing and returns false,
/// without aborting a surrounding PostgreSQL transaction as a failed insert would.
enum PlanRunRecorder {
    /// - Returns: true if this call recorded the run, false if the occurrence already had one.
    @discardableResult
    static func record(messageID: UUID, occurrence: PlanOccurrenceKey, state: PlanRunState, recipients: Int,
                       at ranAt: Date, on db: any Database) async throws -> Bool {
        struct Inserted: Decodable { let id: UUID }
        let rows = try await (db as! any SQLDatabase).raw("""
            INSERT INTO plan_message_runs (id, plan_message_id, occurrence, relationship_id, state, recipients, ran_at)
            VALUES (\(bind: UUID()), \(bind: messageID), \(bind: occurrence.stored), \(bind: occurrence.relationshipID),
                    \(bind: state.rawValue), \(bind: recipients), \(bind: ranAt))
            ON CONFLICT (plan_message_id, occurrence) DO NOTHING
            RETURNING id
            """).all(decoding: Inserted.self)
        return !rows.isEmpty
    }
}
