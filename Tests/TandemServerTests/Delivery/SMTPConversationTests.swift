import Foundation
import NIOSSL
import Testing
import TandemCore
@testable import TandemServer

@Suite("SMTP conversation against a local fake server")
struct SMTPConversationTests {
    @Test func sendsOneMessageWithDotStuffingAndAnEncodedName() async throws {
        // arrange
        let server = try await FakeSMTPServer.start(.init())
        let sender = try OutboundTesting.sender(port: server.port, connector: OutboundTesting.connector())
        // act
        let receipt = try await sender.send(OutboundTesting.email(text: ".hidden line\n..two dots\nplain"))
        try await server.stop()
        // assert
        let recording = server.recording.withLockedValue { $0 }
        #expect(receipt.serverReply == "250 2.0.0 Ok: queued as FAKE123")
        #expect(recording.commands == [
            "EHLO tandem.example.org", "MAIL FROM:<noreply@tandem.example.org>", "RCPT TO:<zoe@example.org>", "DATA", "QUIT",
        ])
        let data = try #require(recording.rawData.first)
        #expect(data.contains("\r\n..hidden line\r\n...two dots\r\nplain\r\n"))
        #expect(data.contains("To: =?UTF-8?B?\(Data("Zoë Ångström".utf8).base64EncodedString())?= <zoe@example.org>\r\n"))
        #expect(!data.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func authenticatesWithPlain() async throws {
        // arrange
        let server = try await FakeSMTPServer.start(.init(ehloExtensions: ["AUTH PLAIN LOGIN"], acceptedAuthPlain: "AGFkYQBzM2NyZXQ="))
        let sender = try OutboundTesting.sender(port: server.port, username: "ada", password: "s3cret", connector: OutboundTesting.connector())
        // act
        _ = try await sender.send(OutboundTesting.email())
        try await server.stop()
        // assert
        let commands = server.recording.withLockedValue { $0.commands }
        #expect(commands.prefix(3) == ["EHLO tandem.example.org", "AUTH PLAIN AGFkYQBzM2NyZXQ=", "MAIL FROM:<noreply@tandem.example.org>"])
    }

    @Test func authenticatesWithLoginWhenPlainIsNotOffered() async throws {
        // arrange
        let server = try await FakeSMTPServer.start(.init(ehloExtensions: ["AUTH LOGIN"]))
        let sender = try OutboundTesting.sender(port: server.port, username: "ada", password: "s3cret", connector: OutboundTesting.connector())
        // act
        _ = try await sender.send(OutboundTesting.email())
        try await server.stop()
        // assert
        let commands = server.recording.withLockedValue { $0.commands }
        #expect(commands.prefix(4) == ["EHLO tandem.example.org", "AUTH LOGIN", "YWRh", "czNjcmV0"])
        #expect(commands.contains("DATA"))
    }

    @Test func badCredentialsFailWithTheServersTextAndWithoutThePassword() async throws {
        // arrange
        let server = try await FakeSMTPServer.start(.init(ehloExtensions: ["AUTH PLAIN"], acceptedAuthPlain: "nothing-matches"))
        let sender = try OutboundTesting.sender(port: server.port, username: "ada", password: "s3cret", connector: OutboundTesting.connector())
        // act
        let error = await #expect(throws: SMTPProtocolError.self) { try await sender.send(OutboundTesting.email()) }
        try await server.stop()
        // assert
        #expect(error?.code == "smtp.rejected")
        #expect(error?.message.contains("535 5.7.8 Authentication credentials invalid") == true)
        #expect(error?.message.contains("s3cret") == false)
        #expect(server.recording.withLockedValue { $0.commands.contains("DATA") } == false)
    }

    @Test func aPermanentRejectionSurfacesTheServersReply() async throws {
        // arrange
        let server = try await FakeSMTPServer.start(.init(rcptReply: "550 5.1.1 <zoe@example.org>: Recipient address rejected"))
        let sender = try OutboundTesting.sender(port: server.port, connector: OutboundTesting.connector())
        // act
        let error = await #expect(throws: SMTPProtocolError.self) { try await sender.send(OutboundTesting.email()) }
        try await server.stop()
        // assert
        #expect(error?.code == "smtp.rejected")
        #expect(error?.message == "The mail server refused RCPT TO: 550 5.1.1 <zoe@example.org>: Recipient address rejected")
        #expect(server.recording.withLockedValue { $0.rawData.isEmpty })
    }

    @Test func loopbackIsRefusedWithoutTheTestSetting() async throws {
        // arrange
        let server = try await FakeSMTPServer.start(.init())
        let sender = try OutboundTesting.sender(port: server.port, connector: OutboundTesting.connector(allowLoopback: false))
        // act
        let error = await #expect(throws: OutboundRefusal.self) { try await sender.send(OutboundTesting.email()) }
        try await server.stop()
        // assert
        #expect(error?.code == "outbound.address_not_allowed")
        #expect(server.recording.withLockedValue { $0.commands.isEmpty })
    }

    @Test func upgradesWithSTARTTLSAndVerifiesTheCertificate() async throws {
        // arrange
        let certificates = try TestCertificates.make()
        let server = try await FakeSMTPServer.start(.init(startTLS: try NIOSSLContext(configuration: certificates.serverTLSConfiguration())))
        let connector = try OutboundTesting.connector(extraCA: certificates.caCertificate())
        let sender = try OutboundTesting.sender(host: "localhost", port: server.port, connector: connector)
        // act
        let receipt = try await sender.send(OutboundTesting.email())
        try await server.stop()
        // assert
        #expect(receipt.serverReply.hasPrefix("250 "))
        #expect(server.recording.withLockedValue { $0.commands.prefix(3) } == ["EHLO tandem.example.org", "STARTTLS", "EHLO tandem.example.org"])
    }

    @Test func anUntrustedCertificateStopsTheMessage() async throws {
        // arrange: the server's CA is not trusted by this client
        let certificates = try TestCertificates.make()
        let server = try await FakeSMTPServer.start(.init(startTLS: try NIOSSLContext(configuration: certificates.serverTLSConfiguration())))
        let sender = try OutboundTesting.sender(host: "localhost", port: server.port, connector: OutboundTesting.connector())
        // act
        await #expect(throws: (any Error).self) { try await sender.send(OutboundTesting.email()) }
        try await server.stop()
        // assert
        let commands = server.recording.withLockedValue { $0.commands }
        #expect(commands == ["EHLO tandem.example.org", "STARTTLS"])
    }
}
