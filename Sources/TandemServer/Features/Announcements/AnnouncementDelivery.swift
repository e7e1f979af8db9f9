import Fluent
import Foundation
import TandemCore
import Vapor

/// The `send_announcement` job: the audience's bells (and email, by preference and channel) and
/// the programme's chat channel. Every notification is keyed by announcement and person, so a
/// repeated run sends nothing twice. Past its `validUntil`, it is marked skipped instead.
enum AnnouncementDelivery {
    static func send(_ id: UUID, now: Date, app: Application) async throws {
        guard let a = try await Announcement.find(id, on: app.db), a.state == .scheduled,
              let programme = try await Programme.find(a.programmeID, on: app.db) else { return }
        guard now <= a.validUntil else {
            try await Announcement.query(on: app.db).filter(\.$id == id).set(\.$state, to: .skipped).update()
            return
        }
        let settings = app.settings
        let roster = try await PlanRoster.load(programmeIDs: [a.programmeID], on: app.db)
        let people = roster.recipients(of: a.audience, in: a.programmeID)
        let drafts = people.map { person in
            let text = PlanRendering.render(subject: a.subject, body: a.body, programmeName: programme.name, for: person,
                                            escaping: .plainText, publicURL: settings.publicURL)
            return NotificationDraft(organisationID: a.organisationID, userID: person.userID, kind: .announcement,
                                     title: text.subject, body: text.body, link: person.linkPath,
                                     dedupeKey: "announcement:\(id):\(person.userID)", emailAllowed: a.channelSet.contains(.email))
        }
        try await Notifier.deliver(drafts, now: now, settings: settings, on: app.db)
        if a.channelSet.contains(.slack) {
            let message = PlanRendering.channelMessage(subject: a.subject, body: a.body, programmeName: programme.name,
                                                       programmeID: a.programmeID, publicURL: settings.publicURL)
            try await ChatPosts.queue(message, organisationID: a.organisationID, programmeID: a.programmeID, key: "announcement:\(id)", on: app.db)
        }
        try await Announcement.query(on: app.db).filter(\.$id == id)
            .set(\.$state, to: .sent).set(\.$sentAt, to: now).set(\.$recipients, to: drafts.count).update()
    }
}
