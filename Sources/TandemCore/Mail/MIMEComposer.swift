import Foundation

/// Writes an RFC 5322 message with MIME parts, every line ending in CRLF.
/// Structure: text/plain alone; or multipart/alternative with text/plain, text/html (if any)
/// and, for an invitation, text/calendar last, where Outlook, Gmail and Apple Mail look for it.
/// Bodies are quoted-printable UTF-8, so no line is longer than 76 characters.
public enum MIMEComposer {
    static let boundary = "=_tandem_alternative"

    public static func compose(_ message: MailMessage) -> String {
        var headers = envelopeHeaders(message)
        let parts = bodyParts(message)
        var body: String
        if parts.count == 1 {
            headers += parts[0].headers
            body = parts[0].body
        } else {
            headers.append("Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"")
            body = parts.map { "--\(boundary)\r\n" + $0.headers.joined(separator: "\r\n") + "\r\n\r\n" + $0.body }
                .joined(separator: "\r\n") + "\r\n--\(boundary)--"
        }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + body + "\r\n"
    }

    static func envelopeHeaders(_ message: MailMessage) -> [String] {
        var headers = [
            addressHeader("From", message.from),
            addressHeader("To", message.to),
            MailHeaderText.fold(name: "Subject", tokens: MailHeaderText.unstructuredTokens(message.subject, headerName: "Subject")),
            "Date: " + MailDate.format(message.date),
            "Message-ID: " + message.messageID,
            "MIME-Version: 1.0",
            // RFC 3834: tells auto-responders not to answer (out-of-office replies to notifications).
            "Auto-Submitted: auto-generated",
        ]
        if let url = message.unsubscribeURL.map(headerSafeURL), !url.isEmpty {
            headers.append("List-Unsubscribe: <\(url)>")
            headers.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        }
        return headers
    }

    static func addressHeader(_ name: String, _ mailbox: MailAddress) -> String {
        guard let display = mailbox.name else { return "\(name): \(mailbox.address)" }
        return MailHeaderText.fold(name: name, tokens: MailHeaderText.phraseTokens(display, headerName: name) + ["<\(mailbox.address)>"])
    }

    struct Part {
        var headers: [String]
        var body: String
    }

    static func bodyParts(_ message: MailMessage) -> [Part] {
        var parts = [textPart("text/plain; charset=UTF-8", message.text)]
        if let html = message.html { parts.append(textPart("text/html; charset=UTF-8", html)) }
        if let calendar = message.calendar {
            parts.append(textPart("text/calendar; method=\(calendar.method.rawValue); charset=UTF-8", calendar.ics))
        }
        return parts
    }

    static func textPart(_ contentType: String, _ text: String) -> Part {
        Part(headers: ["Content-Type: " + contentType, "Content-Transfer-Encoding: quoted-printable"],
             body: QuotedPrintable.encode(text))
    }

    /// Visible ASCII without `<`, `>` or spaces: the URL is ours, but a header must not break.
    static func headerSafeURL(_ url: String) -> String {
        String(url.unicodeScalars.filter { $0.value > 32 && $0.value < 127 && $0 != "<" && $0 != ">" }.map(Character.init))
    }
}
