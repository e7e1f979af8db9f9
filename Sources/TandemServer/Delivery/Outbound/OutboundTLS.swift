import NIOCore
import NIOSSL
import TandemCore

/// The client TLS setup for every outgoing connection: the system's trust store, full
/// verification (chain and host name), TLS 1.2 or later. Tests may add a CA of their own
/// (`TANDEM_EXTRA_CA_FILE`); verification itself is never switched off.
struct OutboundTLS: Sendable {
    let context: NIOSSLContext

    init(extraCAFile: String? = nil) throws {
        try self.init(additionalTrustRoots: extraCAFile.map { [.file($0)] } ?? [])
    }

    init(extraCACertificates: [NIOSSLCertificate]) throws {
        try self.init(additionalTrustRoots: [.certificates(extraCACertificates)])
    }

    private init(additionalTrustRoots: [NIOSSLAdditionalTrustRoots]) throws {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .fullVerification
        configuration.minimumTLSVersion = .tlsv12
        configuration.trustRoots = .default
        configuration.additionalTrustRoots = additionalTrustRoots
        context = try NIOSSLContext(configuration: configuration)
    }

    /// A handler that sends SNI and checks the certificate against `host`; for an IP literal
    /// (no SNI allowed) NIOSSL checks the certificate against the connected address instead.
    func makeHandler(serverHostname host: String) throws -> NIOSSLClientHandler {
        try NIOSSLClientHandler(context: context, serverHostname: IPAddress(host) == nil ? host : nil)
    }
}
