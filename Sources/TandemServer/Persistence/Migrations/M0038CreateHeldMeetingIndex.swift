import Fluent
import Foundation
import SQLKit

/// One check-in per relationship per start time: a double-submitted check-in form hits this
/// index instead of logging the same meeting twice. Partial, so cancelled and scheduled meetings
/// at the same time are unaffected. Both SQLite and PostgreSQL support partial indexes.
struct M0038CreateHeldMeetingIndex: AsyncMigration {
    var name: String { "0038-create-held-meeting-index" }

    func prepare(on database: any Database) async throws {
        try await separateEarlierDuplicates(on: database as! any SQLDatabase)
        try await (database as! any SQLDatabase).raw("""
            CREATE UNIQUE INDEX meetings_held_once ON meetings (relationship_id, starts_at) WHERE status = 'held'
            """).run()
    }

    /// A database from before this index may already hold a double-logged check-in, which would
    /// stop the index (and so the server) from starting. Nothing is deleted: each later copy is
    /// moved a second on per copy, so both stay visible and the person can remove the extra one.
    private func separateEarlierDuplicates(on sql: any SQLDatabase) async throws {
        struct Row: Decodable { let id: UUID; let relationship_id: UUID; let starts_at: Date }
        let rows = try await sql.raw("""
            SELECT m.id, m.relationship_id, m.starts_at FROM meetings m
            WHERE m.status = 'held' AND EXISTS (
                SELECT 1 FROM meetings o WHERE o.status = 'held' AND o.relationship_id = m.relationship_id
                  AND o.starts_at = m.starts_at AND o.id <> m.id)
            ORDER BY m.relationship_id, m.starts_at, m.id
            """).all(decoding: Row.self)
        var previous: (relationship: UUID, startsAt: Date)?
        var copies = 0
        for row in rows {
            if let previous, previous.relationship == row.relationship_id, previous.startsAt == row.starts_at {
                copies += 1
                let moved = row.starts_at.addingTimeInterval(Double(copies))
                try await sql.raw("UPDATE meetings SET starts_at = \(bind: moved) WHERE id = \(bind: row.id)").run()
            } else {
                copies = 0
            }
            previous = (row.relationship_id, row.starts_at)
        }
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX meetings_held_once").run()
    }
}
