import Foundation
import TandemCore

/// Fills a plan message for one recipient and escapes it for one channel. Never Leaf
/// (docs/rules.md "Leaf"): `PlanTemplate` substitutes the fixed placeholders in one pass.
enum PlanRendering {
    /// `escaping`: `.html` for in-app HTML and the HTML part of an email, `.plainText` for the
    /// plain-text part (and for text that a Leaf template escapes itself), `.slack` for Slack.
    /// `publicURL` (AppSettings.publicURL) turns the recipient's link path into a full address.
    static func render(_ message: DuePlanMessage, for recipient: PlanRecipient, escaping: PlanEscaping,
                       publicURL: String) -> RenderedPlanMessage {
        render(subject: message.subject, body: message.body, programmeName: message.programmeName,
               for: recipient, escaping: escaping, publicURL: publicURL)
    }

    /// The same for a channel, with that channel's body escaping (`PlanEscaping(channel:)`).
    static func render(_ message: DuePlanMessage, for recipient: PlanRecipient, channel: PlanChannel,
                       publicURL: String) -> RenderedPlanMessage {
        render(message, for: recipient, escaping: PlanEscaping(channel: channel), publicURL: publicURL)
    }

    /// For a Slack or Teams channel, which has no one person: placeholders about a person read
    /// generically, and the link goes to the programme. Chat escaping happens in `ChatMessage`.
    static func channelMessage(subject: String, body: String, programmeName: String, programmeID: UUID,
                               publicURL: String) -> ChatMessage {
        let everyone = PlanRecipient(userID: UUID(), email: "", name: "everyone", partnerName: "your partner",
                                     linkPath: "/programmes/\(programmeID)")
        let text = render(subject: subject, body: body, programmeName: programmeName, for: everyone,
                          escaping: .plainText, publicURL: publicURL)
        return ChatMessage(title: text.subject, text: text.body, link: publicURL + everyone.linkPath)
    }

    static func render(subject: String, body: String, programmeName: String, for recipient: PlanRecipient,
                       escaping: PlanEscaping, publicURL: String) -> RenderedPlanMessage {
        let values = PlanPlaceholderValues(firstName: recipient.firstName, programme: programmeName,
                                           partner: recipient.partnerName, link: publicURL + recipient.linkPath)
        return RenderedPlanMessage.render(subject: subject, body: body, values: values, escaping: escaping)
    }
}
