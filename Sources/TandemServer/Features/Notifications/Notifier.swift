import Fluent
import Foundation
import SQLKit
import TandemCore
import Vapor

/// Turns drafts into notifications: the row the bell counts, and, for people who want it, an
/// email queued in the same transaction. A draft whose dedupe key exists already adds nothing.
/// A fixed number of queries whatever the number of drafts.
enum Notifier {
    /// - Returns: the drafts that became new notifications.
    @discardableResult
    static func deliver(_ drafts: [NotificationDraft], now: Date, settings: AppSettings, on db: any Database) async throws -> [NotificationDraft] {
        guard !drafts.isEmpty else { return [] }
        return try await db.transaction { db in
            let choices = try await NotificationPreferenceQueries.choices(of: Array(Set(drafts.map(\.userID))), on: db)
            let choice = { (draft: NotificationDraft) in DeliveryChoice.effective(choices[draft.userID]?[draft.kind], for: draft.kind) }
            var created: [NotificationDraft] = []
            for draft in drafts where choice(draft) != .off {
                if try await insert(draft, now: now, on: db) { created.append(draft) }
            }
            try await queueEmails(for: created.filter { $0.emailAllowed && choice($0) == .emailNow }, settings: settings, on: db)
            return created
        }
    }

    private static func insert(_ draft: NotificationDraft, now: Date, on db: any Database) async throws -> Bool {
        let row = try await (db as! any SQLDatabase).raw("""
            INSERT INTO notifications (id, organisation_id, user_id, kind, title, body, link, dedupe_key, created_at)
            VALUES (\(bind: UUID()), \(bind: draft.organisationID), \(bind: draft.userID), \(bind: draft.kind.rawValue),
                    \(bind: String(draft.title.prefix(200))), \(bind: String(draft.body.prefix(4000))), \(bind: draft.link),
                    \(bind: draft.dedupeKey), \(bind: now))
            ON CONFLICT (dedupe_key) DO NOTHING
            RETURNING id
            """).first()
        return row != nil
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
