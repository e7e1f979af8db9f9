import Fluent
import Foundation
import TandemCore

enum OutboxQueries {
    static let pageSize = 25

    struct Page {
        let rows: [OutboxMessage]
        let next: KeysetCursor?
    }

    /// One organisation's emails, newest first, a page at a time.
    static func page(organisationID: UUID, after cursor: KeysetCursor?, on db: any Database) async throws -> Page {
        var query = OutboxMessage.query(on: db).filter(\.$organisationID == organisationID)
        if let cursor, let instant = cursor.instant {
            query = query.descending(after: instant, id: cursor.id, key: "created_at")
        }
        let rows = try await query.sort(\.$createdAt, .descending).sort(\.$id, .descending).limit(pageSize + 1).all()
        let shown = Array(rows.prefix(pageSize))
        let next = rows.count > pageSize ? shown.last.flatMap { row -> KeysetCursor? in
            guard let id = row.id, let at = row.createdAt else { return nil }
            return KeysetCursor(instant: at, id: id)
        } : nil
        return Page(rows: shown, next: next)
    }
}
