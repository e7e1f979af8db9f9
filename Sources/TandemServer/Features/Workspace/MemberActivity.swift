import Foundation
import SQLKit

/// When each member of a relationship last did something the pair can see: scheduled or logged
/// a meeting, confirmed a check-in, or wrote a message. Feeds the "one side much less active"
/// health rule; only dates are read, never what was written.
enum MemberActivity {
    /// The latest activity per relationship and member, in one grouped query.
    static func latest(relationshipIDs: [UUID], on sql: any SQLDatabase) async throws -> [UUID: [UUID: Date]] {
        guard !relationshipIDs.isEmpty else { return [:] }
        let rows = try await sql.raw("""
            SELECT relationship_id, user_id, MAX(acted_at) AS last_active FROM (
              SELECT relationship_id, created_by AS user_id, created_at AS acted_at FROM meetings
                WHERE relationship_id IN (\(binds: relationshipIDs))
              UNION ALL
              SELECT relationship_id, logged_by, updated_at FROM meetings
                WHERE relationship_id IN (\(binds: relationshipIDs)) AND logged_by IS NOT NULL
              UNION ALL
              SELECT relationship_id, confirmed_by, confirmed_at FROM meetings
                WHERE relationship_id IN (\(binds: relationshipIDs)) AND confirmed_by IS NOT NULL
              UNION ALL
              SELECT relationship_id, author_id, created_at FROM messages
                WHERE relationship_id IN (\(binds: relationshipIDs))
            ) activity WHERE acted_at IS NOT NULL
            GROUP BY relationship_id, user_id
            """).all()
        var result: [UUID: [UUID: Date]] = [:]
        for row in rows {
            guard let at = try row.decode(column: "last_active", as: Date?.self) else { continue }
            let relationshipID = try row.decode(column: "relationship_id", as: UUID.self)
            result[relationshipID, default: [:]][try row.decode(column: "user_id", as: UUID.self)] = at
        }
        return result
    }
}
