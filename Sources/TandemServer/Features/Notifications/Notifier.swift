import Fluent
import Foundation
import SQLKit
import TandemCore
import Vapor

/// Turns drafts into notifications: the row the bell counts, and, for people who want it, an
/// email queued in the same transaction. A draft whose dedupe key exists already adds nothing.
/// One INSERT per hundred drafts, and a fixed number of other queries.
enum Notifier {
    /// - Returns: the drafts that became new notifications.
    @discardableResult
    static func deliver(_ drafts: [NotificationDraft], now: Date, settings: AppSettings, on db: any Database) async throws -> [NotificationDraft] {
        guard !drafts.isEmpty else { return [] }
        return try await db.transaction { db in
            let choices = try await NotificationPreferenceQueries.choices(of: Array(Set(drafts.map(\.userID))), on: db)
            let choice = { (draft: NotificationDraft) in DeliveryChoice.effective(choices[draft.userID]?[draft.kind], for: draft.kind) }
            var created: [NotificationDraft] = []
            let wanted = drafts.filter { choice($0) != .off }
            for start in stride(from: 0, to: wanted.count, by: batch) {
                created += try await insert(Array(wanted[start..<min(start + batch, wanted.count)]), now: now, on: db)
            }
            try await queueEmails(for: created.filter { $0.emailAllowed && choice($0) == .emailNow }, settings: settings, on: db)
            return created
        }
    }

    /// Rows per INSERT: 9 values each, well under either database's limit on bound parameters.
    static let batch = 100

    /// One INSERT for the batch; the keys it returns are the drafts that were new. A key twice in
    /// one batch (or already stored) is inserted once.
    private static func insert(_ drafts: [NotificationDraft], now: Date, on db: any Database) async throws -> [NotificationDraft] {
        let rows = drafts.map { d -> SQLQueryString in
            """
            (\(bind: UUID()), \(bind: d.organisationID), \(bind: d.userID), \(bind: d.kind.rawValue), \(bind: String(d.title.prefix(200))),
             \(bind: String(d.body.prefix(4000))), \(bind: d.link), \(bind: d.dedupeKey), \(bind: now))
            """
        }
        let inserted = try await (db as! any SQLDatabase).raw("""
            INSERT INTO notifications (id, organisation_id, user_id, kind, title, body, link, dedupe_key, created_at)
            VALUES \(rows.joined(separator: ", "))
            ON CONFLICT (dedupe_key) DO NOTHING
            RETURNING dedupe_key
            """).all()
        var keys = Set(try inserted.map { try $0.decode(column: "dedupe_key", as: String.self) })
        return drafts.filter { keys.remove($0.dedupeKey) != nil }
    }

    /// Queues an email at once for each of these notifications, to active people only.
    private static func queueEmails(for drafts: [NotificationDraft], settings: AppSettings, on db: any Database) async throws {
        guard !drafts.isEmpty else { return }
        let userIDs = Array(Set(drafts.map(\.userID)))
        let people = try await User.query(on: db).filter(\.$id ~~ userIDs).filter(\.$isActive == true).all()
        let byID = Dictionary(uniqueKeysWithValues: people.compactMap { user in user.id.map { ($0, user) } })
        for draft in drafts {
            guard let person = byID[draft.userID] else { continue }
            try await Outbox.queue(NotificationEmail.message(for: draft, to: person, settings: settings), on: db)
        }
    }
}
