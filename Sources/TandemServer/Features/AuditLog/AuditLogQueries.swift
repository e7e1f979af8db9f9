import Fluent
import Foundation
import SQLKit
import TandemCore

/// Reads of one organisation's audit log, newest first, by keyset: a page costs the same on the
/// first day as after years of entries (indexes `audit_log_org_created`, `_org_actor`, `_org_action`).
enum AuditLogQueries {
    static let pageSize = 50

    struct Row {
        let entry: AuditEntry
        let actorName: String
        let actorEmail: String
    }

    struct Page {
        let rows: [Row]
        let next: KeysetCursor?
    }

    static func page(organisationID: UUID, filter: ValidAuditFilter, actorID: UUID?, after cursor: KeysetCursor?,
                     limit: Int = pageSize, on db: any Database) async throws -> Page {
        var query = AuditEntry.query(on: db).filter(\.$organisationID == organisationID)
        if let actorID { query = query.filter(\.$actorID == actorID) }
        if !filter.action.isEmpty { query = query.filter(\.$action == filter.action) }
        if let since = filter.since { query = query.filter(\.$createdAt >= since) }
        if let until = filter.until { query = query.filter(\.$createdAt < until) }
        if let cursor, let instant = cursor.instant { query = query.descending(after: instant, id: cursor.id, key: "created_at") }
        let found = try await query.sort(\.$createdAt, .descending).sort(\.$id, .descending).limit(limit + 1).all()
        let shown = Array(found.prefix(limit))
        let actors = try await User.query(on: db).filter(\.$id ~~ Set(shown.compactMap(\.actorID))).all()
        let byID = Dictionary(uniqueKeysWithValues: actors.compactMap { user in user.id.map { ($0, user) } })
        let rows = shown.map { entry in
            let actor = entry.actorID.flatMap { byID[$0] }
            return Row(entry: entry, actorName: actor?.name ?? (entry.actorID == nil ? "Tandem" : "A removed person"),
                       actorEmail: actor?.email ?? "")
        }
        let next = found.count > limit ? shown.last.flatMap { e in
            e.id.flatMap { id in e.createdAt.map { KeysetCursor(instant: $0, id: id) } }
        } : nil
        return Page(rows: rows, next: next)
    }

    /// The actions this organisation's log holds, for the filter's choices.
    static func actions(organisationID: UUID, on db: any Database) async throws -> [String] {
        try await (db as! any SQLDatabase).raw("""
            SELECT DISTINCT action FROM audit_log WHERE organisation_id = \(bind: organisationID) ORDER BY action
            """).all().map { try $0.decode(column: "action", as: String.self) }
    }
}
