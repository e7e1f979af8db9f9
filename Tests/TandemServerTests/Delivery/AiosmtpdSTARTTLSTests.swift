import Foundation
import Testing
import TandemCore
@testable import TandemServer

/// The SMTP client against a real server: aiosmtpd with STARTTLS and AUTH required.
/// Runs when `TANDEM_AIOSMTPD_PYTHON` is set, and fails in CI (CI=true) when it is not.
@Suite("SMTP against aiosmtpd with STARTTLS", .enabled(if: AiosmtpdSink.shouldRun))
struct AiosmtpdSTARTTLSTests {
    @Test func deliversOverSTARTTLSWithAuthDotStuffingAndAnEncodedName() async throws {
        guard let python = AiosmtpdSink.python else {
            Issue.record("CI=true but TANDEM_AIOSMTPD_PYTHON is not set: .ci/run must point it at e2e/.venv/bin/python")
            return
        }
        // arrange: a fresh CA and server certificate, trusted through TANDEM_EXTRA_CA_FILE
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try TestCertificates.make().write(to: directory)
        let sink = try await AiosmtpdSink(python: python, certificate: files.certificate, key: files.key,
                                          directory: directory, user: "ada@example.org", password: "p@ss word")
        defer { sink.stop() }
        let (settings, _) = try AppSettings.fromEnvironment([
            "SMTP_URL": "smtp://ada%40example.org:p%40ss%20word@localhost:\(sink.port)",
            "MAIL_FROM": "Tandem <noreply@tandem.example.org>",
            "TANDEM_ALLOW_LOOPBACK_OUTBOUND": "true",
            "TANDEM_EXTRA_CA_FILE": files.ca.path,
        ])
        let sender = try #require(SMTPMailSender(settings: settings, connector: try OutboundConnector(settings: settings)))
        // act
        let receipt = try await sender.send(OutboundTesting.email(toName: "Zoë Ångström", text: ".starts with a dot\n..two\nend"))
        // assert
        #expect(receipt.serverReply == "250 2.0.0 Message accepted by the sink")
        let messages = try sink.messages()
        try #require(messages.count == 1)
        let message = messages[0]
        #expect(message["tls"] as? Bool == true)
        #expect(message["authenticated"] as? Bool == true)
        #expect(message["mail_from"] as? String == "noreply@tandem.example.org")
        #expect(message["rcpt_tos"] as? [String] == ["zoe@example.org"])
        let content = try #require(message["content"] as? String)
        #expect(content.contains("\r\n.starts with a dot\r\n..two\r\nend"))
        #expect(content.contains("To: =?UTF-8?B?\(Data("Zoë Ångström".utf8).base64EncodedString())?= <zoe@example.org>"))
    }
}
