import Foundation

/// Where and how to send mail, parsed from `SMTP_URL`:
/// `smtp://[user:pass@]host[:587]` (STARTTLS required) or `smtps://[user:pass@]host[:465]` (TLS from the start).
public struct SMTPEndpoint: Sendable, Equatable {
    public enum Security: String, Sendable { case startTLS, implicitTLS }

    public var security: Security
    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?

    public init(security: Security, host: String, port: Int, username: String? = nil, password: String? = nil) {
        self.security = security
        self.host = host
        self.port = port
        self.username = username
        self.password = password
    }

    public static func parse(_ raw: String) throws(MailSettingsError) -> SMTPEndpoint {
        guard let components = URLComponents(string: raw.trimmingCharacters(in: .whitespaces)),
              let scheme = components.scheme?.lowercased() else {
            throw MailSettingsError("SMTP_URL must look like smtp://user:password@mail.example.org:587 or smtps://mail.example.org:465.")
        }
        let security: Security
        switch scheme {
        case "smtp": security = .startTLS
        case "smtps": security = .implicitTLS
        default: throw MailSettingsError("SMTP_URL must start with smtp:// (STARTTLS is then required) or smtps:// (TLS), not \(scheme)://.")
        }
        var host = components.host ?? ""
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { throw MailSettingsError("SMTP_URL has no host name.") }
        guard components.path.isEmpty || components.path == "/", components.query == nil, components.fragment == nil else {
            throw MailSettingsError("SMTP_URL must not have a path or a query: only smtp[s]://[user:password@]host[:port].")
        }
        let port = components.port ?? (security == .startTLS ? 587 : 465)
        guard (1...65_535).contains(port) else { throw MailSettingsError("SMTP_URL's port must be between 1 and 65535.") }
        let username = try decoded(components.percentEncodedUser, what: "user name")
        let password = try decoded(components.percentEncodedPassword, what: "password")
        if password != nil, username == nil {
            throw MailSettingsError("SMTP_URL has a password but no user name.")
        }
        return SMTPEndpoint(security: security, host: host, port: port, username: username, password: password)
    }

    private static func decoded(_ encoded: String?, what: String) throws(MailSettingsError) -> String? {
        guard let encoded, !encoded.isEmpty else { return nil }
        guard let value = encoded.removingPercentEncoding else {
            throw MailSettingsError("SMTP_URL's \(what) has a bad percent-encoding; write reserved characters as %XX (for example @ as %40).")
        }
        return value
    }
}

/// A bad `SMTP_URL` or `MAIL_FROM`; the server turns it into a `SettingsError` at boot.
public struct MailSettingsError: Error, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
