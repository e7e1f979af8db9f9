import NIOCore
import Testing
import TandemCore
@testable import TandemServer

@Suite("Outbound connector checks every resolved address")
struct OutboundConnectorTests {
    @Test func aNameWithOnePrivateAddressAmongPublicOnesIsRefused() async throws {
        // arrange
        let resolver = StaticResolver(answers: ["mail.example.org": ["93.184.216.34", "10.0.0.5"]])
        let connector = try OutboundTesting.connector(allowLoopback: false, resolver: resolver)
        // act
        let error = await #expect(throws: OutboundRefusal.self) {
            try await connector.checkedAddresses(host: "mail.example.org", port: 587)
        }
        // assert
        #expect(error == .addressNotAllowed(host: "mail.example.org", address: "10.0.0.5", kind: .privateUse))
    }

    @Test(arguments: ["169.254.169.254", "::ffff:10.0.0.1", "fd00::1", "100.64.1.1", "0.0.0.0"])
    func metadataAndInternalAddressesAreRefusedEvenWithTheTestSetting(address: String) async throws {
        // arrange
        let connector = try OutboundTesting.connector(allowLoopback: true, resolver: StaticResolver(answers: ["h.example.org": [address]]))
        // act + assert
        await #expect(throws: OutboundRefusal.self) { try await connector.checkedAddresses(host: "h.example.org", port: 443) }
    }

    @Test func publicAddressesPassTheCheck() async throws {
        // arrange
        let resolver = StaticResolver(answers: ["mail.example.org": ["93.184.216.34", "2606:2800:220:1::248"]])
        let connector = try OutboundTesting.connector(allowLoopback: false, resolver: resolver)
        // act
        let checked = try await connector.checkedAddresses(host: "mail.example.org", port: 587)
        // assert
        #expect(checked.map(\.1.description) == ["93.184.216.34", "2606:2800:220:1:0:0:0:248"])
    }

    @Test func anUnknownNameIsRefused() async throws {
        // arrange
        let connector = try OutboundTesting.connector(resolver: StaticResolver(answers: [:]))
        // act + assert
        await #expect(throws: OutboundRefusal.noAddresses(host: "nowhere.example.org")) {
            try await connector.checkedAddresses(host: "nowhere.example.org", port: 25)
        }
    }

    @Test func theSystemResolverFindsLocalhost() async throws {
        // act
        let addresses = try await SystemHostResolver().resolve(host: "127.0.0.1", port: 25)
        // assert
        #expect(addresses.compactMap(\.ipAddress) == ["127.0.0.1"])
        #expect(addresses.first?.port == 25)
    }
}
