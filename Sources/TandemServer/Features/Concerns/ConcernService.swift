import Fluent
import Foundation
import SQLKit
import TandemCore

/// Members raise private concerns about their relationship; admins resolve them.
struct ConcernService {
    let context: ServiceContext

    /// Lock class for concern limits (the first key of PostgreSQL's two-key advisory locks).
    static let lockClass: Int32 = 0x436F_6E63 // "Conc"

    /// A concern of limited length, and at most `ConcernRules.maxOpenPerPerson` open at once per
    /// person, so nobody can flood the admins' list. The count gives the friendly message early;
    /// the insert re-checks it atomically.
    func raise(_ raw: String, in relationship: Relationship) async throws {
        let text = try ConcernRules.validate(raw.trimmingCharacters(in: .whitespacesAndNewlines),
                                             openByRaiser: try await ConcernQueries.openCount(raisedBy: context.actor, on: context.db))
        guard try await insert(text, in: relationship) else { throw ValidationFailure([ConcernRules.tooManyOpen]) }
    }

    /// Marks a concern of the admin's organisation resolved, once.
    func resolve(_ id: UUID?) async throws {
        let admin = context.actor
        guard admin.isAdmin else { throw AccessError.forbidden }
        guard let id, let concern = try await Concern.query(on: context.db).filter(\.$id == id)
            .filter(\.$organisationID == admin.organisationID).first()
        else { throw AccessError.notFound(.concern) }
        guard concern.resolvedAt == nil else { return }
        concern.resolvedAt = Date()
        try await context.db.transaction { db in
            try await concern.save(on: db)
            try await Audit.record("concern.resolved", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "concern", targetID: concern.id, on: db)
        }
    }

    /// Inserts the concern (and its audit entry) if the raiser has fewer than
    /// `ConcernRules.maxOpenPerPerson` open, as one atomic step, so parallel submits cannot open
    /// a sixth. The INSERT carries its own count (`… SELECT … WHERE (SELECT COUNT(*) …) < limit`).
    /// On SQLite one statement is atomic and it is the first statement of its transaction, so it
    /// takes the write lock before it counts. On PostgreSQL a per-person advisory lock, held to the
    /// end of the transaction, serialises the raisers, and each INSERT sees the rows committed
    /// before it (READ COMMITTED takes a new snapshot per statement).
    /// - Returns: false when the limit was already reached.
    private func insert(_ text: String, in relationship: Relationship) async throws -> Bool {
        let raiser = context.actor
        let raiserID = try raiser.requireID()
        let relationshipID = try relationship.requireID()
        return try await context.db.transaction { tx in
            let sql = tx as! any SQLDatabase
            if sql.dialect.name == "postgresql" {
                try await sql.raw("SELECT pg_advisory_xact_lock(\(literal: Int(Self.lockClass)), hashtext(\(bind: raiserID.uuidString)))").run()
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
