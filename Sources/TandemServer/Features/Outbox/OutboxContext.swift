import Foundation
import TandemCore

struct OutboxContext: Encodable {
    struct Row: Encodable {
        let id: String
        let to: String
        let subject: String
        let body: String
        let state: String
        let stateClass: String
        let created: String
        let sent: String?
        let serverReply: String?
        let error: String?
        let isRedacted: Bool
    }

    let chrome: PageChrome
    let rows: [Row]
    let hasRows: Bool
    let olderURL: String?
    let isLaterPage: Bool
    let smtpConfigured: Bool
    /// What the last test email came to, when the page follows one.
    let testOutcome: String?
    let testFailed: Bool
}

extension OutboxContext.Row {
    init(_ m: OutboxMessage, zone: String) {
        let states: [OutboxMessage.State: String] = [.queued: "Waiting to send", .held: "Kept in the outbox (no SMTP)",
                                                     .sent: "Sent", .failed: "Failed"]
        self.init(id: m.id?.uuidString ?? "", to: m.toName.isEmpty ? m.toEmail : "\(m.toName) <\(m.toEmail)>",
                  subject: m.subject, body: m.isSecret ? LinkRedaction.redact(m.body) : m.body,
                  state: states[m.state] ?? m.state.rawValue, stateClass: m.state.rawValue,
                  created: DateText.dateTime(m.createdAt, timeZone: zone),
                  sent: m.sentAt.map { DateText.dateTime($0, timeZone: zone) },
                  serverReply: m.serverReply.isEmpty ? nil : m.serverReply, error: m.lastError.isEmpty ? nil : m.lastError,
                  isRedacted: m.isSecret)
    }
}
