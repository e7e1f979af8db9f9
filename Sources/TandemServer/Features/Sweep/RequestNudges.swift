import Fluent
import Foundation
import SQLKit
import TandemCore

/// Mentors with a request waiting past half its programme's response window (`RequestClock`:
/// 2.5 days of the default 5) get one reminder, at most one in three days (`NudgeRateLimit`).
/// Unanswered requests are the most common complaint about mentoring tools.
enum RequestNudges {
    static func due(at now: Date, on db: any Database) async throws -> [NotificationDraft] {
        // Half of the shortest window (a day), less a DST change: nothing younger can be due.
        let waiting = try await PendingRequest.load(sentBefore: now.addingTimeInterval(-10 * 3600), on: db).filter {
            RequestClock.isNudgeDue(sentAt: $0.request.created_at, windowDays: $0.request.response_window_days, in: $0.zone, at: now)
        }
        var counts: [UUID: (organisation: UUID, count: Int)] = [:]
        for (r, _) in waiting { counts[r.mentor_id, default: (r.organisation_id, 0)].count += 1 }
        let mentors = counts.keys.sorted { $0.uuidString < $1.uuidString }
        let recent = try await RecentNudges.lastSent(.nudgeRequestWaiting, to: mentors, since: now.addingTimeInterval(-NudgeRateLimit.window), on: db)
        let day = Int(now.timeIntervalSince1970 / 86400)
        return mentors.filter { NudgeRateLimit.allows(lastSent: recent[$0], now: now) }.compactMap { mentor in
            guard let row = counts[mentor] else { return nil }
            return NotificationDraft(
                organisationID: row.organisation, userID: mentor, kind: .nudgeRequestWaiting,
                title: row.count == 1 ? "A mentoring request is waiting for your answer"
                    : "\(row.count) mentoring requests are waiting for your answer",
                body: row.count == 1
                    ? "Someone is waiting to hear from you, and the request expires soon. Accept or decline, so they can move on either way."
                    : "\(row.count) people are waiting to hear from you, and their requests expire soon. Accept or decline, so they can move on either way.",
                link: "/requests", dedupeKey: "nudge:request_waiting:\(mentor):\(day)"
            )
        }
    }
}

/// The latest nudge of a kind each person got, in one query.
enum RecentNudges {
    static func lastSent(_ kind: NotificationKind, to userIDs: [UUID], since: Date, on db: any Database) async throws -> [UUID: Date] {
        var latest: [UUID: Date] = [:]
        // 500 ids to a query: a sweep over every open pair must stay under the databases' limits on bound values.
        for start in stride(from: 0, to: userIDs.count, by: 500) {
            let batch = Array(userIDs[start..<min(start + 500, userIDs.count)])
            let rows = try await AppNotification.query(on: db).filter(\.$userID ~~ batch).filter(\.$kind == kind)
                .filter(\.$createdAt >= since).all()
            for row in rows { if let at = row.createdAt, at > latest[row.userID] ?? .distantPast { latest[row.userID] = at } }
        }
        return latest
    }
}
