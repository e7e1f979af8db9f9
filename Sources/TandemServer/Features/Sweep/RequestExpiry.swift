import Fluent
import Foundation
import SQLKit
import TandemCore
import Vapor

/// Requests nobody answered within their programme's window become `expired` (`RequestClock`),
/// and both people hear of it: the mentee with a link to the next best mentors. Each request is
/// expired by one conditional UPDATE, so of two sweeps (or instances) only one wins it and only
/// the winner notifies, in the same transaction; the notifications' keys make a repeat harmless too.
enum RequestExpiry {
    /// - Returns: the requests this call expired.
    @discardableResult
    static func run(now: Date, app: Application) async throws -> [UUID] {
        let db = app.db
        let due = try await PendingRequest.load(sentBefore: RequestClock.oldestUnexpired(at: now), on: db).filter {
            RequestClock.isExpired(sentAt: $0.request.created_at, windowDays: $0.request.response_window_days, in: $0.zone, at: now)
        }
        guard !due.isEmpty else { return [] }
        let names = try await names(of: Set(due.flatMap { [$0.request.mentee_id, $0.request.mentor_id] }), on: db)
        var expired: [UUID] = []
        for (r, _) in due {
            // One transaction per request, its conditional UPDATE first: on SQLite it takes the write
            // lock before anything is read, and a crash never leaves an expiry untold.
            let won = try await db.transaction { tx in
                guard try await expire(r.id, at: now, on: tx) else { return false }
                try await Notifier.deliver(drafts(r, names: names), now: now, settings: app.settings, on: tx)
                return true
            }
            if won { expired.append(r.id) }
        }
        return expired
    }

    private static func drafts(_ r: PendingRequest, names: [UUID: String]) -> [NotificationDraft] {
        [
            NotificationDraft(
                organisationID: r.organisation_id, userID: r.mentee_id, kind: .requestExpired,
                title: "Your request to \(names[r.mentor_id] ?? "your mentor") expired",
                body: "Nobody answered within \(r.response_window_days) days. Ask someone else in \(r.programme_name) in one click: we suggest who.",
                link: "/requests#request-\(r.id)", dedupeKey: "\(NotificationKind.requestExpired.rawValue):\(r.id)"),
            NotificationDraft(
                organisationID: r.organisation_id, userID: r.mentor_id, kind: .requestLapsed,
                title: "\(names[r.mentee_id] ?? "A mentee")'s request to you expired",
                body: "It waited \(r.response_window_days) days without an answer, so they can ask someone else. If you are busy for a while, mark yourself away.",
                link: "/account/availability", dedupeKey: "\(NotificationKind.requestLapsed.rawValue):\(r.id)"),
        ]
    }

    /// `RequestTransition`'s rule as one statement: only a request still pending expires.
    static func expire(_ id: UUID, at now: Date, on db: any Database) async throws -> Bool {
        try await (db as! any SQLDatabase).raw("""
            UPDATE mentor_requests SET status = \(bind: RequestStatus.expired.rawValue), decided_at = \(bind: now)
            WHERE id = \(bind: id) AND status = \(bind: RequestStatus.pending.rawValue) RETURNING id
            """).first() != nil
    }

    private static func names(of ids: Set<UUID>, on db: any Database) async throws -> [UUID: String] {
        let users = try await User.query(on: db).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(uniqueKeysWithValues: users.compactMap { u in u.id.map { ($0, u.name) } })
    }
}
