import Fluent
import Foundation
import TandemCore

/// Keyset pages of the workspace lists that grow for as long as a pair meets: held check-ins
/// (newest first by start) and feedback (newest first). A cursor is a time and an id; one whose
/// time is not a sane date (`KeysetCursor.instant`) is ignored.
enum WorkspacePages {
    struct Page<Row> {
        let rows: [Row]
        let next: KeysetCursor?
    }

    static func checkIns(relationshipID: UUID, before cursor: KeysetCursor?, limit: Int = WorkspaceData.checkInPageSize,
                         on db: any Database) async throws -> Page<Meeting> {
        var query = Meeting.query(on: db).filter(\.$relationshipID == relationshipID).filter(\.$status == .held)
        if let cursor, let instant = cursor.instant {
            query = query.descending(after: instant, id: cursor.id, key: "starts_at")
        }
        let rows = try await query.sort(\.$startsAt, .descending).sort(\.$id, .descending).limit(limit + 1).all()
        let shown = Array(rows.prefix(limit))
        let next = rows.count > limit ? shown.last.flatMap { m in m.id.map { KeysetCursor(instant: m.startsAt, id: $0) } } : nil
        return Page(rows: shown, next: next)
    }

    /// With `involving`, only feedback that person gave or received (circles have more members).
    static func feedback(relationshipID: UUID, involving userID: UUID? = nil, before cursor: KeysetCursor?,
                         limit: Int = WorkspaceData.feedbackPageSize, on db: any Database) async throws -> Page<Feedback> {
        var query = Feedback.query(on: db).filter(\.$relationshipID == relationshipID)
        if let userID { query = query.group(.or) { $0.filter(\.$fromUserID == userID).filter(\.$toUserID == userID) } }
        if let cursor, let instant = cursor.instant {
            query = query.descending(after: instant, id: cursor.id, key: "created_at")
        }
        let rows = try await query.sort(\.$createdAt, .descending).sort(\.$id, .descending).limit(limit + 1).all()
        let shown = Array(rows.prefix(limit))
        let next = rows.count > limit ? shown.last.flatMap { f -> KeysetCursor? in
            guard let id = f.id, let created = f.createdAt else { return nil }
            return KeysetCursor(instant: created, id: id)
        } : nil
        return Page(rows: shown, next: next)
    }
}
