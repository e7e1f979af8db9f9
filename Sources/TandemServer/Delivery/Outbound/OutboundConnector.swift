import NIOCore
import NIOPosix
import TandemCore

/// Opens every outgoing TCP connection (SMTP, webhooks): resolves the name, checks each
/// resolved address against the policy, and connects to a checked address, never the name,
/// so a DNS answer that changes between check and connect cannot reach a private network.
struct OutboundConnector: Sendable {
    enum Encryption: Sendable {
        /// TLS from the first byte, the certificate verified against the host name.
        case tls
        /// Plain at first; the caller upgrades (SMTP STARTTLS) or proves it may stay plain.
        case upgradeLater
        /// No TLS at all: loopback under the test setting only.
        case none
    }

    /// A connection and the address it reached, for decisions that depend on it.
    struct Connected<Output: Sendable>: Sendable {
        var output: Output
        var address: IPAddress
    }

    var policy: OutboundAddressPolicy
    var tls: OutboundTLS
    var resolver: any HostResolving = SystemHostResolver()
    var group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    var connectTimeout: TimeAmount = .seconds(10)

    /// Every address `host` resolves to, each checked: one refused address refuses the host.
    func checkedAddresses(host: String, port: Int) async throws -> [(SocketAddress, IPAddress)] {
        let resolved = try await resolver.resolve(host: host, port: port)
        guard !resolved.isEmpty else { throw OutboundRefusal.noAddresses(host: host) }
        return try resolved.map { socketAddress in
            guard let text = socketAddress.ipAddress, let ip = IPAddress(text) else {
                throw OutboundRefusal.noAddresses(host: host)
            }
            try policy.check(ip, host: host)
            return (socketAddress, ip)
        }
    }

    /// Connects to the first checked address that answers. `configure` runs on the event loop
    /// after the TLS handler (if any) is in place, and returns what the caller works with.
    func connect<Output: Sendable>(
        host: String, port: Int, encryption: Encryption,
        configure: @escaping @Sendable (Channel) throws -> Output
    ) async throws -> Connected<Output> {
        let candidates = try await checkedAddresses(host: host, port: port)
        if case .none = encryption, candidates.contains(where: { !policy.permitsPlaintext(to: $0.1) }) {
            throw OutboundRefusal.plaintextNotAllowed(host: host)
        }
        var lastError: (any Error)?
        for (socketAddress, ip) in candidates {
            do {
                let tls = self.tls
                let output = try await ClientBootstrap(group: group)
                    .connectTimeout(connectTimeout)
                    .connect(to: socketAddress) { channel in
                        channel.eventLoop.makeCompletedFuture {
                            if case .tls = encryption {
                                try channel.pipeline.syncOperations.addHandler(tls.makeHandler(serverHostname: host))
                            }
                            return try configure(channel)
                        }
                    }
                return Connected(output: output, address: ip)
            } catch {
                lastError = error
            }
        }
        throw lastError ?? OutboundRefusal.noAddresses(host: host)
    }
}
