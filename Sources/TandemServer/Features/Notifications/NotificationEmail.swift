import Foundation
import TandemCore

/// The email a notification becomes: plain text and an escaped HTML alternative, a link to the
/// place to act, and a one-click unsubscribe link for everything but security emails.
enum NotificationEmail {
    static func message(for draft: NotificationDraft, to person: User, settings: AppSettings) -> OutboxMessage {
        let link = settings.publicURL + draft.link
        let unsubscribe = draft.kind.isSecurity ? "" : UnsubscribeLink.url(userID: draft.userID, kind: draft.kind, settings: settings)
        let footer = draft.kind.isSecurity ? "" :
            "\n\nYou get this email because of your notification settings: \(settings.publicURL)/account/notifications"
        let text = "Hi \(person.name),\n\n\(draft.body)\n\nOpen Tandem: \(link)\(footer)"
        let html = """
            <p>Hi \(HTMLText.escape(person.name)),</p>
            <p>\(HTMLText.escape(draft.body).replacingOccurrences(of: "\n", with: "<br>"))</p>
            <p><a href="\(HTMLText.escape(link))">Open Tandem</a></p>
            """ + (draft.kind.isSecurity ? "" : """
            <p style="color:#555;font-size:small">You get this email because of your \
            <a href="\(HTMLText.escape(settings.publicURL))/account/notifications">notification settings</a>. \
            <a href="\(HTMLText.escape(unsubscribe))">Unsubscribe from these emails</a>.</p>
            """)
        let message = OutboxMessage(
            organisationID: draft.organisationID, toEmail: person.email, subject: draft.title, body: text,
            idempotencyKey: "notification:\(draft.dedupeKey)", toName: person.name, htmlBody: html,
            unsubscribeURL: unsubscribe
        )
        if let calendar = draft.calendar {
            message.calendarMethod = calendar.method.rawValue
            message.calendarICS = calendar.ics
        }
        return message
    }
}

/// Escapes text for HTML element content and attribute values.
enum HTMLText {
    static func escape(_ text: String) -> String { TextEscaping.html(text) }
}
