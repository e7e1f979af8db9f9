import Fluent
import Foundation
import SQLKit
import TandemCore

/// Reads of one person's notifications. Every read is scoped to the person, so another person's
/// notification id is simply not found.
enum NotificationQueries {
    static let pageSize = 25
    /// The bell shows "99+" beyond this; counting stops there, so its cost never grows.
    static let unreadCap = 100

    struct Page {
        let rows: [AppNotification]
        let next: KeysetCursor?
    }

    /// Newest first, `pageSize` at a time, after a cursor.
    static func page(for userID: UUID, after cursor: KeysetCursor?, limit: Int = pageSize, on db: any Database) async throws -> Page {
        var query = AppNotification.query(on: db).filter(\.$userID == userID)
        if let cursor, let instant = cursor.instant {
            query = query.descending(after: instant, id: cursor.id, key: "created_at")
        }
        let rows = try await query.sort(\.$createdAt, .descending).sort(\.$id, .descending).limit(limit + 1).all()
        let shown = Array(rows.prefix(limit))
        let next = rows.count > limit ? shown.last.flatMap { row -> KeysetCursor? in
            guard let id = row.id, let at = row.createdAt else { return nil }
            return KeysetCursor(instant: at, id: id)
        } : nil
        return Page(rows: shown, next: next)
    }

    /// Unread notifications, counted up to `unreadCap`.
    static func unreadCount(for userID: UUID, on db: any Database) async throws -> Int {
        let row = try await (db as! any SQLDatabase).raw("""
            SELECT COUNT(*) AS unread FROM (SELECT 1 FROM notifications
                WHERE user_id = \(bind: userID) AND read_at IS NULL LIMIT \(unsafeRaw: String(unreadCap))) AS capped
            """).first()
        return try row?.decode(column: "unread", as: Int.self) ?? 0
    }

    static func find(_ id: UUID?, for userID: UUID, on db: any Database) async throws -> AppNotification {
        guard let id, let row = try await AppNotification.query(on: db).filter(\.$id == id).filter(\.$userID == userID).first()
        else { throw AccessError.notFound(.notification) }
        return row
    }
}
