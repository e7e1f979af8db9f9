import Fluent
import SQLKit
import Foundation
import TandemCore

enum MessageQueries {
    struct Page {
        /// Oldest first, ready to read top to bottom.
        let messages: [Message]
        let hasOlder: Bool
        /// Where the next, older page starts.
        var olderCursor: KeysetCursor? {
            guard hasOlder, let first = messages.first, let id = first.id else { return nil }
            return KeysetCursor(instant: first.createdAt, id: id)
        }
    }

    /// One keyset page, newest first in the query, on the (relationship, created_at, id) index.
    static func page(relationshipID: UUID, before: KeysetCursor?, limit: Int, on db: any Database) async throws -> Page {
        var query = Message.query(on: db).filter(\.$relationshipID == relationshipID)
        if let before, let seconds = before.instant?.timeIntervalSince1970 {
            // Message times are whole milliseconds, but a date can come back from SQLite one
            // floating-point step away from what was written, so "the same time" is a window
            // of half a millisecond either side rather than exact equality.
            let earlier = Date(timeIntervalSince1970: seconds - 0.0005)
            let later = Date(timeIntervalSince1970: seconds + 0.0005)
            query = query.group(.or) { or in
                or.filter(\.$createdAt < earlier)
                or.group(.and) { $0.filter(\.$createdAt >= earlier).filter(\.$createdAt <= later).filter(\.$id < before.id) }
            }
        }
        let rows = try await query.sort(\.$createdAt, .descending).sort(\.$id, .descending).limit(limit + 1).all()
        return Page(messages: Array(rows.prefix(limit).reversed()), hasOlder: rows.count > limit)
    }

    static func unreadCount(relationship r: Relationship, for user: User, on db: any Database) async throws -> Int {
        let member = r.members.first { $0.$user.id == user.id }
        let rid = try r.requireID()
        let userID = try user.requireID()
        var query = Message.query(on: db).filter(\.$relationshipID == rid).filter(\.$authorID != userID)
        if let read = member?.messagesReadAt { query = query.filter(\.$createdAt > read) }
        return try await query.count()
    }

    /// Unread counts for the dashboard: one grouped query over all of a person's relationships.
    static func unreadCounts(for user: User, on db: any Database) async throws -> [UUID: Int] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        let userID = try user.requireID()
        let rows = try await sql.raw("""
            SELECT m.relationship_id AS rid, COUNT(*) AS unread FROM messages m
            JOIN relationship_members rm ON rm.relationship_id = m.relationship_id AND rm.user_id = \(bind: userID)
            WHERE m.author_id <> \(bind: userID) AND (rm.messages_read_at IS NULL OR m.created_at > rm.messages_read_at)
            GROUP BY m.relationship_id
            """).all()
        var counts: [UUID: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "rid", as: UUID.self)] = try row.decode(column: "unread", as: Int.self)
        }
        return counts
    }

    /// Marks the thread read up to now for this member: one UPDATE, only when there was news.
    static func markRead(relationship r: Relationship, for user: User, at now: Date, on db: any Database) async throws {
        try await RelationshipMember.query(on: db)
            .filter(\.$relationship.$id == r.requireID()).filter(\.$user.$id == user.requireID())
            .set(\.$messagesReadAt, to: now).update()
    }
}
