import Fluent
import Foundation
import TandemCore
import Vapor

/// Sends the communication plan's messages that have fallen due: to each recipient's bell (and
/// email, by their preference) and to the programme's chat channel. Delivery first, then the run
/// is recorded: a crash in between repeats the delivery, which the notifications' and jobs' keys
/// turn into nothing. An occurrence past its `validUntil` is recorded as skipped, not sent.
enum PlanDelivery {
    static func run(now: Date, app: Application) async throws {
        let settings = app.settings
        for item in try await PlanDueQueries.due(at: now, on: app.db) {
            if item.shouldSkip {
                try await PlanRunRecorder.record(messageID: item.messageID, occurrence: item.occurrence, state: .skipped,
                                                 recipients: 0, at: now, on: app.db)
                continue
            }
            let occurrence = "\(item.messageID):\(item.occurrence.stored)"
            let drafts = item.recipients.map { person in
                let text = PlanRendering.render(item, for: person, escaping: .plainText, publicURL: settings.publicURL)
                return NotificationDraft(organisationID: item.organisationID, userID: person.userID, kind: .planMessage,
                                         title: text.subject, body: text.body, link: person.linkPath,
                                         dedupeKey: "plan:\(occurrence):\(person.userID)",
                                         emailAllowed: item.channels.contains(.email))
            }
            try await Notifier.deliver(drafts, now: now, settings: settings, on: app.db)
            if item.channels.contains(.slack) {
                try await ChatPosts.queue(channelMessage(item, publicURL: settings.publicURL), organisationID: item.organisationID,
                                          programmeID: item.programmeID, key: "plan:\(occurrence)", on: app.db)
            }
            try await PlanRunRecorder.record(messageID: item.messageID, occurrence: item.occurrence, state: .sent,
                                             recipients: drafts.count, at: now, on: app.db)
        }
    }

    static func channelMessage(_ item: DuePlanMessage, publicURL: String) -> ChatMessage {
        PlanRendering.channelMessage(subject: item.subject, body: item.body, programmeName: item.programmeName,
                                     programmeID: item.programmeID, publicURL: publicURL)
    }
}
