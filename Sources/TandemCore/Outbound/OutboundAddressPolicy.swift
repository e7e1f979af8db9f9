/// Which resolved addresses an outgoing connection (SMTP, webhooks, OIDC) may reach: public
/// unicast only, plus loopback under the test-only `TANDEM_ALLOW_LOOPBACK_OUTBOUND=true`.
public struct OutboundAddressPolicy: Sendable, Equatable {
    public var allowLoopback: Bool

    public init(allowLoopback: Bool = false) {
        self.allowLoopback = allowLoopback
    }

    public func permits(_ address: IPAddress) -> Bool {
        switch address.addressClass {
        case .publicUnicast: return true
        case .loopback: return allowLoopback
        default: return false
        }
    }

    /// Throws `OutboundRefusal.addressNotAllowed` naming the host, the address and why.
    public func check(_ address: IPAddress, host: String) throws(OutboundRefusal) {
        guard permits(address) else {
            throw .addressNotAllowed(host: host, address: address.description, kind: address.addressClass)
        }
    }

    /// Unencrypted SMTP or HTTP is only for a loopback address under the test setting.
    public func permitsPlaintext(to address: IPAddress) -> Bool {
        allowLoopback && address.addressClass == .loopback
    }
}

/// Why an outgoing connection was not made. Stable codes for job errors and the outbox page.
public enum OutboundRefusal: CodedError, Equatable {
    case addressNotAllowed(host: String, address: String, kind: IPAddressClass)
    case noAddresses(host: String)
    case plaintextNotAllowed(host: String)
    case unsupportedScheme(String)

    public var code: String {
        switch self {
        case .addressNotAllowed: return "outbound.address_not_allowed"
        case .noAddresses: return "outbound.host_not_found"
        case .plaintextNotAllowed: return "outbound.plaintext_not_allowed"
        case .unsupportedScheme: return "outbound.unsupported_scheme"
        }
    }

    public var message: String {
        switch self {
        case let .addressNotAllowed(host, address, kind):
            return "Refused to connect to \(host): it resolves to \(address), a \(kind.rawValue) address. Only public addresses may be reached."
        case .noAddresses(let host):
            return "\(host) did not resolve to any address."
        case .plaintextNotAllowed(let host):
            return "Refused an unencrypted connection to \(host): TLS is required."
        case .unsupportedScheme(let scheme):
            return "The URL scheme \(scheme) is not supported here; use https."
        }
    }
}
