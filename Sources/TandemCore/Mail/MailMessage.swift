import Foundation

/// One email as the MIME writer needs it. The server builds it from an `OutgoingEmail`.
public struct MailMessage: Sendable, Equatable {
    /// A `text/calendar; method=…` part, which mail clients show as an invitation.
    public struct CalendarPart: Sendable, Equatable {
        public enum Method: String, Sendable { case request = "REQUEST", cancel = "CANCEL" }
        public var method: Method
        public var ics: String

        public init(method: Method, ics: String) {
            self.method = method
            self.ics = ics
        }
    }

    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var text: String
    public var html: String?
    public var calendar: CalendarPart?
    public var unsubscribeURL: String?
    /// Stable per message: the Message-ID is derived from it, so a re-send is the same mail.
    public var idempotencyKey: String
    public var date: Date

    public init(
        from: MailAddress, to: MailAddress, subject: String, text: String, html: String? = nil,
        calendar: CalendarPart? = nil, unsubscribeURL: String? = nil, idempotencyKey: String, date: Date
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.calendar = calendar
        self.unsubscribeURL = unsubscribeURL
        self.idempotencyKey = idempotencyKey
        self.date = date
    }

    /// `<key@sender-domain>`: the key as is when it is a plain token, else its bytes in hex.
    public var messageID: String {
        let plain = !idempotencyKey.isEmpty && idempotencyKey.utf8.count <= 128
            && idempotencyKey.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
        let left = plain ? idempotencyKey : "x" + idempotencyKey.utf8.map { String(format: "%02x", $0) }.joined()
        return "<tandem." + left + "@" + from.domain + ">"
    }
}
