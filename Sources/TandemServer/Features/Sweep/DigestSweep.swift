import Fluent
import Foundation
import TandemCore
import Vapor

/// One email a day, from 08:00 in the organisation's zone, for each person who chose a daily
/// digest for some kinds: everything of those kinds not yet in a digest. The email's key is the
/// person and the local day, so a second sweep that day sends nothing.
enum DigestSweep {
    static let sendingHour = 8

    static func run(now: Date, app: Application) async throws {
        let db = app.db
        let chosen = try await NotificationPreference.query(on: db).filter(\.$choice == .dailyDigest).all()
        guard !chosen.isEmpty else { return }
        var kinds: [UUID: Set<NotificationKind>] = [:]
        for row in chosen { kinds[row.userID, default: []].insert(row.kind) }
        let people = try await User.query(on: db).filter(\.$id ~~ Array(kinds.keys)).filter(\.$isActive == true).all()
        let zones = try await OrganisationZones.of(Set(people.map(\.organisationID)), on: db)
        let pending = try await AppNotification.query(on: db).filter(\.$userID ~~ Array(kinds.keys)).filter(\.$digestedAt == nil)
            .filter(\.$kind ~~ Array(Set(chosen.map(\.kind)))).sort(\.$createdAt).all()
        let byUser = Dictionary(grouping: pending) { $0.userID }
        for person in people {
            guard let id = person.id, let zone = zones[person.organisationID],
                  Calendar.utcGregorian(zone).component(.hour, from: now) >= sendingHour else { continue }
            let items = (byUser[id] ?? []).filter { kinds[id]?.contains($0.kind) == true }
            guard !items.isEmpty else { continue }
            let day = LocalDate(date: now, in: zone).iso
            try await db.transaction { tx in
                try await Outbox.queue(DigestEmail.message(items, to: person, day: day, settings: app.settings), on: tx)
                try await AppNotification.query(on: tx).filter(\.$id ~~ items.compactMap(\.id)).set(\.$digestedAt, to: now).update()
            }
        }
    }
}

enum DigestEmail {
    static func message(_ items: [AppNotification], to person: User, day: String, settings: AppSettings) -> OutboxMessage {
        let lines = items.map { "- \($0.title)\n  \(settings.publicURL)\($0.link)" }.joined(separator: "\n")
        let text = "Hi \(person.name),\n\nHere is what happened in Tandem:\n\n\(lines)\n\nChange how these reach you: \(settings.publicURL)/account/notifications"
        let list = items.map { "<li><a href=\"\(HTMLText.escape(settings.publicURL + $0.link))\">\(HTMLText.escape($0.title))</a></li>" }.joined()
        let html = "<p>Hi \(HTMLText.escape(person.name)),</p><p>Here is what happened in Tandem:</p><ul>\(list)</ul>"
            + "<p style=\"color:#555;font-size:small\"><a href=\"\(HTMLText.escape(settings.publicURL))/account/notifications\">Change how these reach you</a>.</p>"
        return OutboxMessage(organisationID: person.organisationID, toEmail: person.email,
                             subject: items.count == 1 ? "Your Tandem digest: 1 update" : "Your Tandem digest: \(items.count) updates",
                             body: text, idempotencyKey: "digest:\(person.id?.uuidString ?? ""):\(day)", toName: person.name, htmlBody: html,
                             unsubscribeURL: "")
    }
}
