import Foundation
import NIOSSL
import Testing
import TandemCore
@testable import TandemServer

@Suite("Webhook poster over checked connections")
struct HTTPWebhookPosterTests {
    static let body = Data(#"{"text":"New match: Zoë & Ada"}"#.utf8)

    @Test func postsJSONOverPlainHTTPToLoopbackUnderTheTestSetting() async throws {
        // arrange
        let receiver = try await FakeWebhookReceiver.start(status: .noContent)
        let poster = HTTPWebhookPoster(connector: try OutboundTesting.connector())
        // act
        let status = try await poster.post(json: Self.body, to: URL(string: "http://127.0.0.1:\(receiver.port)/hooks/T1/B2?x=1")!)
        try await receiver.stop()
        // assert
        #expect(status == 204)
        #expect(receiver.requests == [.init(method: "POST", uri: "/hooks/T1/B2?x=1", host: "127.0.0.1:\(receiver.port)",
                                            contentType: "application/json", body: #"{"text":"New match: Zoë & Ada"}"#)])
    }

    @Test func postsOverHTTPSVerifyingTheCertificate() async throws {
        // arrange
        let certificates = try TestCertificates.make()
        let receiver = try await FakeWebhookReceiver.start(status: .ok, tls: try NIOSSLContext(configuration: certificates.serverTLSConfiguration()))
        let poster = HTTPWebhookPoster(connector: try OutboundTesting.connector(extraCA: certificates.caCertificate()))
        // act
        let status = try await poster.post(json: Self.body, to: URL(string: "https://localhost:\(receiver.port)/hook")!)
        try await receiver.stop()
        // assert
        #expect(status == 200)
        #expect(receiver.requests.map(\.body) == [#"{"text":"New match: Zoë & Ada"}"#])
    }

    @Test func refusesAnUntrustedCertificate() async throws {
        // arrange
        let certificates = try TestCertificates.make()
        let receiver = try await FakeWebhookReceiver.start(tls: try NIOSSLContext(configuration: certificates.serverTLSConfiguration()))
        let poster = HTTPWebhookPoster(connector: try OutboundTesting.connector())
        // act
        await #expect(throws: (any Error).self) {
            try await poster.post(json: Self.body, to: URL(string: "https://localhost:\(receiver.port)/hook")!)
        }
        try await receiver.stop()
        // assert
        #expect(receiver.requests.isEmpty)
    }

    @Test func refusesLoopbackWithoutTheTestSetting() async throws {
        // arrange
        let receiver = try await FakeWebhookReceiver.start()
        let poster = HTTPWebhookPoster(connector: try OutboundTesting.connector(allowLoopback: false))
        // act
        let error = await #expect(throws: OutboundRefusal.self) {
            try await poster.post(json: Self.body, to: URL(string: "https://127.0.0.1:\(receiver.port)/hook")!)
        }
        try await receiver.stop()
        // assert
        #expect(error?.code == "outbound.address_not_allowed")
        #expect(receiver.requests.isEmpty)
    }

    @Test func refusesPlainHTTPToAPublicAddress() async throws {
        // arrange
        let resolver = StaticResolver(answers: ["hooks.example.org": ["93.184.216.34"]])
        let poster = HTTPWebhookPoster(connector: try OutboundTesting.connector(resolver: resolver))
        // act + assert
        await #expect(throws: OutboundRefusal.plaintextNotAllowed(host: "hooks.example.org")) {
            try await poster.post(json: Self.body, to: URL(string: "http://hooks.example.org/x")!)
        }
    }

    @Test func refusesOtherSchemes() async throws {
        // arrange
        let poster = HTTPWebhookPoster(connector: try OutboundTesting.connector())
        // act + assert
        await #expect(throws: OutboundRefusal.unsupportedScheme("ftp")) {
            try await poster.post(json: Self.body, to: URL(string: "ftp://127.0.0.1/x")!)
        }
    }
}
