import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Vapor

/// What throttling counts per "address". An IPv6 host is usually handed a whole /64, so one
/// person could take a fresh address for every guess: an IPv6 address counts as its /64. An
/// IPv4-mapped IPv6 address counts as the IPv4 address it carries; anything else as itself.
enum ClientNetwork {
    static func key(for ip: String) -> String {
        var address = in6_addr()
        guard inet_pton(AF_INET6, ip, &address) == 1 else { return ip }
        let bytes = withUnsafeBytes(of: &address) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xff, bytes[11] == 0xff {
            return bytes[12..<16].map(String.init).joined(separator: ".")
        }
        let groups = stride(from: 0, to: 8, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
        return groups.joined(separator: ":") + "::/64"
    }
}

extension Request {
    /// The client's address as throttling counts it (see `ClientNetwork`).
    var clientNetwork: String { ClientNetwork.key(for: clientIP) }
}
