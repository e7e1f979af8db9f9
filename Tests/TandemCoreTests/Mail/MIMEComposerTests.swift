import Foundation
import Testing
@testable import TandemCore

@Suite struct MIMEComposerTests {
    static func message(
        toName: String? = "Ada Lovelace", subject: String = "Your request", text: String = "Hello\nworld",
        html: String? = nil, calendar: MailMessage.CalendarPart? = nil, unsubscribe: String? = nil
    ) throws -> MailMessage {
        MailMessage(
            from: try MailAddress(name: "Tandem", address: "noreply@tandem.example.org"),
            to: try MailAddress(name: toName, address: "ada@example.org"),
            subject: subject, text: text, html: html, calendar: calendar, unsubscribeURL: unsubscribe,
            idempotencyKey: "notification-42-email", date: Date(timeIntervalSince1970: 1_800_000_000))
    }

    static func headers(_ mime: String) -> String {
        String(mime[..<mime.range(of: "\r\n\r\n")!.lowerBound])
    }

    /// Decodes every `=?UTF-8?B?…?=` word and drops the folding between them.
    static func decodeWords(_ header: String) -> String {
        header.replacingOccurrences(of: "?=\r\n =?", with: "?==?").components(separatedBy: "=?UTF-8?B?").enumerated()
            .map { index, piece -> String in
                guard index > 0, let end = piece.range(of: "?=") else { return piece }
                let data = Data(base64Encoded: String(piece[..<end.lowerBound]))!
                return String(decoding: data, as: UTF8.self) + piece[end.upperBound...]
            }.joined()
    }

    @Test func writesTheEnvelopeHeaders() throws {
        // act
        let mime = MIMEComposer.compose(try Self.message())
        let headers = Self.headers(mime)
        // assert
        #expect(headers.contains("From: Tandem <noreply@tandem.example.org>\r\n"))
        #expect(headers.contains("To: Ada Lovelace <ada@example.org>\r\n"))
        #expect(headers.contains("Subject: Your request\r\n"))
        #expect(headers.contains("Date: Fri, 15 Jan 2027 08:00:00 +0000\r\n"))
        #expect(headers.contains("Message-ID: <tandem.notification-42-email@tandem.example.org>\r\n"))
        #expect(headers.contains("MIME-Version: 1.0\r\n"))
        #expect(headers.contains("Content-Type: text/plain; charset=UTF-8"))
        #expect(!headers.contains("List-Unsubscribe"))
    }

    @Test func everyLineEndsInCRLFAndIsShort() throws {
        // arrange
        let long = String(repeating: "word ", count: 60) + String(repeating: "x", count: 300)
        // act
        let mime = MIMEComposer.compose(try Self.message(subject: long, text: long + "\r\n" + long + "\r" + "end\n",
                                                         html: "<p>\(long)</p>"))
        // assert
        #expect(!mime.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!mime.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let lines = mime.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 78 }, "\(lines.filter { $0.utf8.count > 78 })")
    }

    @Test func aNonASCIINameBecomesEncodedWords() throws {
        // act
        let mime = MIMEComposer.compose(try Self.message(toName: "Zoë Ångström-Nuñez"))
        let to = Self.headers(mime).components(separatedBy: "\r\n").first { $0.hasPrefix("To: ") }!
        // assert
        #expect(to.hasPrefix("To: =?UTF-8?B?"))
        #expect(to.hasSuffix("?= <ada@example.org>"))
        #expect(to.allSatisfy { $0.isASCII })
        #expect(Self.decodeWords(to) == "To: Zoë Ångström-Nuñez <ada@example.org>")
    }

    @Test func aLongNonASCIISubjectIsFoldedIntoShortEncodedWords() throws {
        // arrange
        let subject = String(repeating: "Réunion de mentorat — ", count: 8) + "fin 🎉"
        // act
        let headers = Self.headers(MIMEComposer.compose(try Self.message(subject: subject)))
        let start = headers.range(of: "Subject: ")!
        let end = headers.range(of: "\r\nDate:")!
        let folded = String(headers[start.lowerBound..<end.lowerBound])
        // assert
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.count > 3)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" =?UTF-8?B?") })
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(Self.decodeWords(folded) == "Subject: " + subject)
    }

    @Test func aLongASCIISubjectIsFoldedAtSpaces() throws {
        // arrange
        let subject = (1...30).map { "word\($0)" }.joined(separator: " ")
        // act
        let headers = Self.headers(MIMEComposer.compose(try Self.message(subject: subject)))
        let folded = String(headers[headers.range(of: "Subject: ")!.lowerBound..<headers.range(of: "\r\nDate:")!.lowerBound])
        // assert
        #expect(folded.contains("\r\n word"))
        #expect(folded.replacingOccurrences(of: "\r\n", with: "") == "Subject: " + subject)
    }

    @Test func aNameWithSpecialsIsQuoted() throws {
        // act
        let headers = Self.headers(MIMEComposer.compose(try Self.message(toName: "Lovelace, Ada \"Countess\"")))
        // assert
        #expect(headers.contains("To: \"Lovelace, Ada \\\"Countess\\\"\" <ada@example.org>"))
    }

    @Test func textAndHTMLMakeMultipartAlternative() throws {
        // act
        let mime = MIMEComposer.compose(try Self.message(text: "Hi Zoë", html: "<p>Hi Zoë</p>"))
        // assert
        #expect(mime.contains("Content-Type: multipart/alternative;\r\n boundary=\"=_tandem_alternative\""))
        let plain = try #require(mime.range(of: "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nHi Zo=C3=AB"))
        let html = try #require(mime.range(of: "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>Hi Zo=C3=AB</p>"))
        #expect(plain.lowerBound < html.lowerBound)
        #expect(mime.hasSuffix("\r\n--=_tandem_alternative--\r\n"))
    }

    @Test func anInvitationCarriesTheCalendarPartWithItsMethod() throws {
        // arrange
        let ics = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n"
        // act
        let mime = MIMEComposer.compose(try Self.message(html: "<p>x</p>", calendar: .init(method: .cancel, ics: ics)))
        // assert
        #expect(mime.contains("Content-Type: text/calendar; method=CANCEL; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n"))
        #expect(mime.components(separatedBy: "--=_tandem_alternative\r\n").count == 4)
    }

    @Test func unsubscribeIsOneClick() throws {
        // act
        let headers = Self.headers(MIMEComposer.compose(try Self.message(unsubscribe: "https://t.example.org/u/abc?k=1")))
        // assert
        #expect(headers.contains("List-Unsubscribe: <https://t.example.org/u/abc?k=1>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click"))
    }

    @Test func aSubjectCannotInjectAHeader() throws {
        // act
        let headers = Self.headers(MIMEComposer.compose(try Self.message(subject: "Hi\r\nBcc: victim@example.org")))
        // assert
        #expect(!headers.contains("\r\nBcc:"))
        #expect(headers.contains("Subject: Hi Bcc: victim@example.org"))
    }

    @Test func anOddKeyStillMakesAValidMessageID() throws {
        // arrange
        var message = try Self.message()
        message.idempotencyKey = "job 7/é"
        // act + assert
        #expect(message.messageID == "<tandem.x6a6f6220372fc3a9@tandem.example.org>")
    }
}
