import NIOCore
import NIOPosix
import TandemCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// Turns a host name into every address it has. The connector checks all of them.
protocol HostResolving: Sendable {
    func resolve(host: String, port: Int) async throws -> [SocketAddress]
}

/// `getaddrinfo` on NIO's blocking pool (the call itself blocks).
struct SystemHostResolver: HostResolving {
    func resolve(host: String, port: Int) async throws -> [SocketAddress] {
        try await NIOThreadPool.singleton.runIfActive { try Self.lookUp(host: host, port: port) }
    }

    static func lookUp(host: String, port: Int) throws -> [SocketAddress] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Darwin)
        hints.ai_socktype = SOCK_STREAM
        #else
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw OutboundRefusal.noAddresses(host: host)
        }
        defer { freeaddrinfo(first) }
        var addresses: [SocketAddress] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if let raw = entry.pointee.ai_addr {
                switch entry.pointee.ai_family {
                case AF_INET:
                    addresses.append(raw.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { SocketAddress($0.pointee, host: host) })
                case AF_INET6:
                    addresses.append(raw.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { SocketAddress($0.pointee, host: host) })
                default:
                    break
                }
            }
            cursor = entry.pointee.ai_next
        }
        // getaddrinfo lists an address once per socket type unless hinted; keep each once anyway.
        var seen = Set<String>()
        return addresses.filter { seen.insert($0.ipAddress ?? "").inserted }
    }
}
