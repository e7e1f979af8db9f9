import Foundation
import TandemCore

/// The parts of a webhook URL a request needs, and whether it may go without TLS.
struct WebhookTarget: Equatable {
    var host: String
    var port: Int
    var encryption: OutboundConnector.Encryption
    /// Path and query, percent-encoded as given.
    var requestURI: String
    var hostHeader: String

    init(_ url: URL) throws {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
              let scheme = components.scheme?.lowercased() else {
            throw OutboundRefusal.unsupportedScheme("(none)")
        }
        switch scheme {
        case "https": encryption = .tls
        // The connector refuses plain http unless the address is loopback under the test setting.
        case "http": encryption = .none
        default: throw OutboundRefusal.unsupportedScheme(scheme)
        }
        var host = components.host ?? ""
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { throw OutboundRefusal.noAddresses(host: url.absoluteString) }
        self.host = host
        let defaultPort = scheme == "https" ? 443 : 80
        port = components.port ?? defaultPort
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        requestURI = path + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
        let hostPart = host.contains(":") ? "[\(host)]" : host
        hostHeader = port == defaultPort ? hostPart : "\(hostPart):\(port)"
    }
}

extension OutboundConnector.Encryption: Equatable {}
