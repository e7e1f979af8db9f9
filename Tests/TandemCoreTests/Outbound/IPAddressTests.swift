import Testing
@testable import TandemCore

@Suite struct IPAddressTests {
    @Test(arguments: [
        ("0.0.0.0", "0.0.0.0"), ("127.0.0.1", "127.0.0.1"), ("255.255.255.255", "255.255.255.255"),
        ("::1", "0:0:0:0:0:0:0:1"), ("::", "0:0:0:0:0:0:0:0"),
        ("2606:4700::6810:85e5", "2606:4700:0:0:0:0:6810:85e5"),
        ("::ffff:10.1.2.3", "0:0:0:0:0:ffff:a01:203"), ("fe80::1%eth0", "fe80:0:0:0:0:0:0:1"),
        ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"),
    ])
    func parsesAddresses(text: String, expected: String) {
        #expect(IPAddress(text)?.description == expected)
    }

    @Test(arguments: [
        "", "localhost", "example.org", "1.2.3", "1.2.3.4.5", "256.0.0.1", "01.2.3.4", "1.2.3.-4",
        "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::", "::ffff:1.2.3", "g::1", "1:2:3:4:5:6:7::8:9",
    ])
    func rejectsNonAddresses(text: String) {
        #expect(IPAddress(text) == nil)
    }
}

@Suite struct IPAddressClassTests {
    @Test(arguments: [
        ("8.8.8.8", IPAddressClass.publicUnicast), ("93.184.216.34", .publicUnicast),
        ("0.0.0.0", .unspecified), ("0.1.2.3", .reserved),
        ("127.0.0.1", .loopback), ("127.255.1.2", .loopback),
        ("10.0.0.1", .privateUse), ("172.16.0.1", .privateUse), ("172.31.255.255", .privateUse),
        ("172.32.0.1", .publicUnicast), ("172.15.255.255", .publicUnicast),
        ("192.168.1.1", .privateUse), ("100.64.0.1", .sharedAddressSpace), ("100.127.255.255", .sharedAddressSpace),
        ("100.128.0.1", .publicUnicast), ("169.254.169.254", .linkLocal), ("224.0.0.1", .multicast),
        ("239.255.255.250", .multicast), ("240.0.0.1", .reserved), ("255.255.255.255", .broadcast),
        ("192.0.2.10", .documentation), ("198.18.0.1", .benchmarking), ("192.0.0.8", .reserved),
    ])
    func classifiesIPv4(text: String, expected: IPAddressClass) throws {
        let address = try #require(IPAddress(text))
        #expect(address.addressClass == expected)
    }

    @Test(arguments: [
        ("2606:4700::6810:85e5", IPAddressClass.publicUnicast), ("2a00:1450:4001::200e", .publicUnicast),
        ("::", .unspecified), ("::1", .loopback), ("fc00::1", .privateUse), ("fd12:3456::1", .privateUse),
        ("fe80::1", .linkLocal), ("febf::1", .linkLocal), ("fec0::1", .privateUse), ("ff02::1", .multicast),
        ("2001:db8::1", .documentation), ("2001::1", .reserved), ("100::1", .reserved), ("::1.2.3.4", .reserved),
        ("::ffff:127.0.0.1", .loopback), ("::ffff:10.0.0.1", .privateUse), ("::ffff:169.254.169.254", .linkLocal),
        ("::ffff:8.8.8.8", .publicUnicast), ("64:ff9b::a00:1", .privateUse), ("64:ff9b::808:808", .publicUnicast),
        ("2002:c0a8:0101::1", .privateUse), ("2002:0808:0808::1", .publicUnicast), ("3fff::1", .publicUnicast),
        ("4000::1", .reserved),
    ])
    func classifiesIPv6(text: String, expected: IPAddressClass) throws {
        let address = try #require(IPAddress(text))
        #expect(address.addressClass == expected)
    }
}

@Suite struct OutboundAddressPolicyTests {
    @Test func permitsOnlyPublicAddressesByDefault() throws {
        // arrange
        let policy = OutboundAddressPolicy()
        // act
        let verdicts = ["8.8.8.8", "127.0.0.1", "::1", "10.0.0.1", "::ffff:127.0.0.1", "169.254.169.254"]
            .map { policy.permits(IPAddress($0)!) }
        // assert
        #expect(verdicts == [true, false, false, false, false, false])
    }

    @Test func theTestSettingAllowsLoopbackAndNothingElse() {
        // arrange
        let policy = OutboundAddressPolicy(allowLoopback: true)
        // act
        let verdicts = ["127.0.0.1", "::1", "::ffff:127.0.0.1", "10.0.0.1", "0.0.0.0", "fd00::1"]
            .map { policy.permits(IPAddress($0)!) }
        // assert
        #expect(verdicts == [true, true, true, false, false, false])
    }

    @Test func aRefusalNamesTheHostTheAddressAndItsKind() {
        // arrange
        let policy = OutboundAddressPolicy()
        // act
        let error = #expect(throws: OutboundRefusal.self) {
            try policy.check(IPAddress("192.168.1.20")!, host: "hooks.example.org")
        }
        // assert
        #expect(error?.code == "outbound.address_not_allowed")
        #expect(error?.message.contains("hooks.example.org") == true)
        #expect(error?.message.contains("192.168.1.20") == true)
        #expect(error?.message.contains("private") == true)
    }

    @Test func plaintextOnlyToLoopbackUnderTheTestSetting() {
        // arrange
        let strict = OutboundAddressPolicy()
        let testing = OutboundAddressPolicy(allowLoopback: true)
        // act + assert
        #expect(!strict.permitsPlaintext(to: IPAddress("127.0.0.1")!))
        #expect(testing.permitsPlaintext(to: IPAddress("127.0.0.1")!))
        #expect(!testing.permitsPlaintext(to: IPAddress("8.8.8.8")!))
    }
}
