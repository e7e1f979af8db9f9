import Fluent
import Foundation
import SQLKit
import TandemCore

/// Mentors whose requests have waited two days get one reminder, at most one in three days.
/// Unanswered requests are the most common complaint about mentoring tools.
enum RequestNudges {
    static let wait: TimeInterval = 2 * 24 * 3600

    static func due(at now: Date, on db: any Database) async throws -> [NotificationDraft] {
        let sql = db as! any SQLDatabase
        let waiting = try await sql.raw("""
            SELECT mentor_id, organisation_id, COUNT(*) AS waiting FROM mentor_requests
            WHERE status = \(bind: RequestStatus.pending.rawValue) AND created_at <= \(bind: now.addingTimeInterval(-wait))
            GROUP BY mentor_id, organisation_id
            """).all()
        let rows = try waiting.map { row in
            (mentor: try row.decode(column: "mentor_id", as: UUID.self),
             organisation: try row.decode(column: "organisation_id", as: UUID.self),
             count: try row.decode(column: "waiting", as: Int.self))
        }
        let recent = try await RecentNudges.lastSent(.nudgeRequestWaiting, to: rows.map(\.mentor), since: now.addingTimeInterval(-NudgeRateLimit.window), on: db)
        let day = Int(now.timeIntervalSince1970 / 86400)
        return rows.filter { NudgeRateLimit.allows(lastSent: recent[$0.mentor], now: now) }.map { row in
            NotificationDraft(
                organisationID: row.organisation, userID: row.mentor, kind: .nudgeRequestWaiting,
                title: row.count == 1 ? "A mentoring request is waiting for your answer"
                    : "\(row.count) mentoring requests are waiting for your answer",
                body: row.count == 1
                    ? "Someone asked you to mentor them more than two days ago. Accept or decline, so they can move on either way."
                    : "\(row.count) people asked you to mentor them more than two days ago. Accept or decline, so they can move on either way.",
                link: "/requests", dedupeKey: "nudge:request_waiting:\(row.mentor):\(day)"
            )
        }
    }
}

/// The latest nudge of a kind each person got, in one query.
enum RecentNudges {
    static func lastSent(_ kind: NotificationKind, to userIDs: [UUID], since: Date, on db: any Database) async throws -> [UUID: Date] {
        guard !userIDs.isEmpty else { return [:] }
        let rows = try await AppNotification.query(on: db).filter(\.$userID ~~ userIDs).filter(\.$kind == kind)
            .filter(\.$createdAt >= since).all()
        var latest: [UUID: Date] = [:]
        for row in rows { if let at = row.createdAt, at > latest[row.userID] ?? .distantPast { latest[row.userID] = at } }
        return latest
    }
}
