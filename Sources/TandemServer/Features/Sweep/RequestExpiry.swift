import Fluent
import Foundation
import SQLKit
import TandemCore
import Vapor

/// Requests nobody answered within their programme's window become `expired` (`RequestClock`),
/// and both people hear of it: the mentee with a link to the next best mentors. Each request is
/// expired by one conditional UPDATE, so of two sweeps (or instances) only one wins it and only
/// the winner notifies; the notifications' keys make a repeat harmless too.
enum RequestExpiry {
    /// - Returns: the requests this call expired.
    @discardableResult
    static func run(now: Date, app: Application) async throws -> [UUID] {
        let db = app.db
        let due = try await PendingRequest.load(sentBefore: RequestClock.oldestUnexpired(at: now), on: db).filter {
            RequestClock.isExpired(sentAt: $0.request.created_at, windowDays: $0.request.response_window_days, in: $0.zone, at: now)
        }
        var expired: [PendingRequest] = []
        for (request, _) in due {
            if try await expire(request.id, at: now, on: db) { expired.append(request) }
        }
        guard !expired.isEmpty else { return [] }
        let names = try await names(of: Set(expired.flatMap { [$0.mentee_id, $0.mentor_id] }), on: db)
        let drafts = expired.flatMap { r in [
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
        ] }
        try await Notifier.deliver(drafts, now: now, settings: app.settings, on: db)
        return expired.map(\.id)
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
