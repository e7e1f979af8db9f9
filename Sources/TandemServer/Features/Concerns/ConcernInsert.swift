import Fluent
import Foundation
import SQLKit
import TandemCore

/// Raising a concern under the per-person limit as one atomic step, so parallel submits cannot
/// open a sixth. The INSERT carries its own count (`… SELECT … WHERE (SELECT COUNT(*) …) < limit`).
/// On SQLite one statement is atomic and it is the first statement of its transaction, so it
/// takes the write lock before it counts. On PostgreSQL a per-person advisory lock, held to the
/// end of the transaction, serialises the raisers, and each INSERT sees the rows committed
/// before it (READ COMMITTED takes a new snapshot per statement).
enum ConcernInsert {
    /// Lock class for concern limits (the first key of PostgreSQL's two-key advisory locks).
    static let lockClass: Int32 = 0x436F_6E63 // "Conc"

    /// Inserts the concern (and its audit entry) if `raiser` has fewer than
    /// `ConcernRules.maxOpenPerPerson` open. - Returns: false when the limit was already reached.
    static func raise(_ text: String, by raiser: User, in relationship: Relationship, on db: any Database) async throws -> Bool {
        let raiserID = try raiser.requireID()
        let relationshipID = try relationship.requireID()
        return try await db.transaction { tx in
            let sql = tx as! any SQLDatabase
            if sql.dialect.name == "postgresql" {
                try await sql.raw("SELECT pg_advisory_xact_lock(\(literal: Int(lockClass)), hashtext(\(bind: raiserID.uuidString)))").run()
            }
            let inserted = try await sql.raw("""
                INSERT INTO concerns (id, organisation_id, relationship_id, raised_by, body, created_at)
                SELECT \(bind: UUID()), \(bind: raiser.organisationID), \(bind: relationshipID), \(bind: raiserID), \(bind: text), \(bind: Date())
                WHERE (SELECT COUNT(*) FROM concerns WHERE raised_by = \(bind: raiserID) AND resolved_at IS NULL)
                      < \(literal: ConcernRules.maxOpenPerPerson)
                RETURNING id
                """).first()
            guard inserted != nil else { return false }
            try await Audit.record("concern.raised", organisationID: raiser.organisationID, actorID: raiser.id,
                                   target: "relationship", targetID: relationshipID, on: tx)
            return true
        }
    }
}
