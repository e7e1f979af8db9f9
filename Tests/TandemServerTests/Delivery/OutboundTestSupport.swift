import NIOCore
import NIOSSL
import TandemCore
@testable import TandemServer

/// A resolver that answers from a table, to show what the connector does with each answer.
struct StaticResolver: HostResolving {
    var answers: [String: [String]]

    func resolve(host: String, port: Int) async throws -> [SocketAddress] {
        try (answers[host] ?? []).map { try SocketAddress(ipAddress: $0, port: port) }
    }
}

enum OutboundTesting {
    /// A connector as `TANDEM_ALLOW_LOOPBACK_OUTBOUND=true` (or not) builds it, trusting `extraCA` too.
    static func connector(
        allowLoopback: Bool = true, extraCA: NIOSSLCertificate? = nil, resolver: (any HostResolving)? = nil
    ) throws -> OutboundConnector {
        let tls = try extraCA.map { try OutboundTLS(extraCACertificates: [$0]) } ?? OutboundTLS()
        var connector = OutboundConnector(policy: OutboundAddressPolicy(allowLoopback: allowLoopback), tls: tls)
        if let resolver { connector.resolver = resolver }
        return connector
    }

    static func sender(
        host: String = "127.0.0.1", port: Int, username: String? = nil, password: String? = nil,
        connector: OutboundConnector
    ) throws -> SMTPMailSender {
        let endpoint = SMTPEndpoint(security: .startTLS, host: host, port: port, username: username, password: password)
        let client = SMTPClient(endpoint: endpoint, connector: connector, heloName: "tandem.example.org", replyTimeout: .seconds(20))
        return SMTPMailSender(client: client, from: try MailAddress(name: "Tandem", address: "noreply@tandem.example.org"))
    }

    static func email(toName: String? = "Zoë Ångström", text: String = "Hello") -> OutgoingEmail {
        OutgoingEmail(toAddress: "zoe@example.org", toName: toName, subject: "Réunion demain", text: text,
                      html: "<p>\(text)</p>", calendar: nil, unsubscribeURL: nil, idempotencyKey: "test-1")
    }
}
