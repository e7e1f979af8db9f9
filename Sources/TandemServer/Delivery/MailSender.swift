import Foundation

/// One email, ready to send: what a notification, a password reset or a test email becomes.
/// The transport (SMTP, or the outbox when `SMTP_URL` is unset) builds the MIME message from it.
struct OutgoingEmail: Sendable, Equatable {
    /// A calendar invitation sent as a `text/calendar; method=…` part.
    struct CalendarPart: Sendable, Equatable {
        enum Method: String, Sendable { case request = "REQUEST", cancel = "CANCEL" }
        var method: Method
        var ics: String
    }

    var toAddress: String
    var toName: String?
    var subject: String
    var text: String
    /// The HTML alternative; nil sends plain text only.
    var html: String?
    var calendar: CalendarPart?
    /// One-click unsubscribe (RFC 8058); nil for security emails, which always go.
    var unsubscribeURL: String?
    /// Stable per message: it becomes the Message-ID, so a re-send is recognisably the same mail.
    var idempotencyKey: String
}

/// What the mail server said when it took the message (for the outbox page and the test button).
struct MailReceipt: Sendable, Equatable {
    var serverReply: String
}

/// Sends email. `SMTPMailSender` talks to `SMTP_URL`; tests use recording fakes.
protocol MailSender: Sendable {
    func send(_ email: OutgoingEmail) async throws -> MailReceipt
}
