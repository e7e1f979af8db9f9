/// What kind of address an IP is, for the outbound policy. Anything not known to be public
/// unicast is some other class, so a new special range is refused rather than reached.
public enum IPAddressClass: String, Sendable {
    case publicUnicast = "public"
    case unspecified
    case loopback
    /// RFC 1918 IPv4, and IPv6 unique-local (fc00::/7) and the old site-local (fec0::/10).
    case privateUse = "private"
    /// 100.64.0.0/10, carrier-grade NAT (RFC 6598).
    case sharedAddressSpace = "shared (CGNAT)"
    case linkLocal = "link-local"
    case multicast
    case broadcast
    case documentation
    case benchmarking
    /// "This network", IETF protocol assignments, 240/4, discard-only and the rest.
    case reserved
}

extension IPAddress {
    public var addressClass: IPAddressClass {
        switch self {
        case .v4(let value): return Self.classifyV4(value)
        case .v6(let bytes): return Self.classifyV6(bytes)
        }
    }

    static func classifyV4(_ a: UInt32) -> IPAddressClass {
        func within(_ base: UInt32, _ bits: UInt32) -> Bool {
            let mask: UInt32 = bits == 0 ? 0 : ~UInt32(0) << (32 - bits)
            return a & mask == base & mask
        }
        if a == 0 { return .unspecified }
        if a == 0xFFFF_FFFF { return .broadcast }
        if within(0x0000_0000, 8) { return .reserved }                       // 0/8
        if within(0x7F00_0000, 8) { return .loopback }                       // 127/8
        if within(0x0A00_0000, 8) || within(0xAC10_0000, 12) || within(0xC0A8_0000, 16) {
            return .privateUse                                               // 10/8, 172.16/12, 192.168/16
        }
        if within(0x6440_0000, 10) { return .sharedAddressSpace }            // 100.64/10
        if within(0xA9FE_0000, 16) { return .linkLocal }                     // 169.254/16
        if within(0xC000_0200, 24) || within(0xC633_6400, 24) || within(0xCB00_7100, 24) {
            return .documentation                                            // 192.0.2, 198.51.100, 203.0.113
        }
        if within(0xC612_0000, 15) { return .benchmarking }                  // 198.18/15
        if within(0xC000_0000, 24) || within(0xC058_6300, 24) { return .reserved } // 192.0.0/24, 192.88.99/24
        if within(0xE000_0000, 4) { return .multicast }                      // 224/4
        if within(0xF000_0000, 4) { return .reserved }                       // 240/4
        return .publicUnicast
    }

    static func classifyV6(_ b: [UInt8]) -> IPAddressClass {
        /// Whether `b` starts with the first `bits` bits of `head` (zero-padded to 16 bytes).
        func within(_ head: [UInt8], _ bits: Int) -> Bool {
            let net = head + [UInt8](repeating: 0, count: 16 - head.count)
            for bit in 0..<bits {
                let difference: UInt8 = b[bit / 8] ^ net[bit / 8]
                let shift = UInt8(7 - bit % 8)
                if (difference >> shift) & 1 != 0 { return false }
            }
            return true
        }
        func embeddedV4(at offset: Int) -> UInt32 {
            (offset..<offset + 4).reduce(UInt32(0)) { $0 << 8 | UInt32(b[$1]) }
        }
        if within([], 128) { return .unspecified }
        if within([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 128) { return .loopback }
        if within([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF], 96) {
            return classifyV4(embeddedV4(at: 12))                             // ::ffff:a.b.c.d (v4-mapped)
        }
        if within([0x00, 0x64, 0xFF, 0x9B], 96) {
            return classifyV4(embeddedV4(at: 12))                             // 64:ff9b::/96 (NAT64)
        }
        if within([0x20, 0x02], 16) {
            return classifyV4(embeddedV4(at: 2))                              // 2002::/16 (6to4)
        }
        if within([], 96) { return .reserved }                                // ::/96, the old v4-compatible form
        if within([0x20, 0x01, 0x0D, 0xB8], 32) { return .documentation }
        if within([0xFC], 7) { return .privateUse }                           // fc00::/7
        if within([0xFE, 0x80], 10) { return .linkLocal }                     // fe80::/10
        if within([0xFE, 0xC0], 10) { return .privateUse }                    // fec0::/10, old site-local
        if within([0xFF], 8) { return .multicast }
        // 2001::/23 holds Teredo, benchmarking and other protocol assignments: refuse them all.
        if within([0x20, 0x01], 23) { return .reserved }
        if within([0x20], 3) { return .publicUnicast }                        // 2000::/3
        return .reserved
    }
}
