import Foundation
import TandemCore
import Vapor

/// Everything the app reads from the environment, parsed once at start-up.
/// Tests build it directly instead of touching the process environment.
public struct AppSettings: Sendable {
    public enum DatabaseChoice: Sendable, Equatable {
        case sqliteFile(String)
        case sqliteMemory
        case postgres(String)
    }

    public var database: DatabaseChoice
    public var secret: String
    public var publicURL: String
    public var secureCookies: Bool
    public var allowNewOrganisations: Bool
    public var trustedProxies: [String]
    public var logLevel: Logger.Level
    /// Sign-in and forgot-password throttling.
    public var signInLimits = SignInLimits()
    /// Bcrypt cost; tests lower it so the suite stays quick.
    public var passwordCost: Int
    /// PostgreSQL connections per event loop; tests lower it so parallel tests fit in max_connections.
    public var postgresConnectionsPerLoop: Int = 4
    /// Test-only: report each request's Fluent query count in a response header.
    public var recordQueryCounts: Bool = false
    /// The folder holding `Resources/Views` and `Public`; nil finds it beside the executable.
    public var resourcesDirectory: String?
    /// `SMTP_URL`; nil keeps mail in the outbox. `MAIL_FROM` is required with it.
    public var smtp: SMTPEndpoint?
    public var mailFrom: MailAddress?
    /// Test-only `TANDEM_ALLOW_LOOPBACK_OUTBOUND=true`: SMTP and webhooks may reach loopback, in plain text too.
    public var allowLoopbackOutbound: Bool = false
    /// `TANDEM_EXTRA_CA_FILE`: a PEM CA trusted besides the system's (test servers' self-signed certificates).
    public var extraCAFile: String?

    public init(
        database: DatabaseChoice = .sqliteMemory,
        secret: String = "test-secret-0123456789abcdef0123456789",
        publicURL: String = "http://localhost:8080",
        secureCookies: Bool = false,
        allowNewOrganisations: Bool = false,
        trustedProxies: [String] = [],
        logLevel: Logger.Level = .info,
        passwordCost: Int = 12
    ) {
        self.database = database
        self.secret = secret
        self.publicURL = publicURL
        self.secureCookies = secureCookies
        self.allowNewOrganisations = allowNewOrganisations
        self.trustedProxies = trustedProxies
        self.logLevel = logLevel
        self.passwordCost = passwordCost
    }
}

public struct SettingsError: Error, CustomStringConvertible {
    public let description: String
}

extension AppSettings {
    /// The default dev secret: fine on a laptop, warned about at start-up, refused behind https.
    static let developmentSecret = "tandem-development-secret-change-me-please"

    /// Reads the process environment. Bad values fail at boot with a message naming the variable.
    public static func fromEnvironment(
        _ env: [String: String] = ProcessInfo.processInfo.environment,
        port: Int? = nil
    ) throws -> (settings: AppSettings, warnings: [String]) {
        var warnings: [String] = []
        let database = try parseDatabase(env["DATABASE_URL"])
        var secret = env["TANDEM_SECRET"] ?? ""
        if secret.isEmpty {
            secret = developmentSecret
            warnings.append("TANDEM_SECRET is not set: using a development secret. Set a random value of 32+ characters in production.")
        } else if secret.count < 32 {
            throw SettingsError(description: "TANDEM_SECRET must be at least 32 characters long.")
        }
        let publicURL = env["PUBLIC_URL"].map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
            ?? "http://localhost:\(port ?? Int(env["PORT"] ?? "") ?? 8080)"
        if publicURL.lowercased().hasPrefix("https://"), secret == developmentSecret {
            throw SettingsError(description: "TANDEM_SECRET must be set when PUBLIC_URL is https: the development secret is public, so anyone could forge sessions and links. Set TANDEM_SECRET to a random value of 32+ characters.")
        }
        let secure: Bool
        switch env["SECURE_COOKIES"]?.lowercased() {
        case "true", "1", "yes": secure = true
        case "false", "0", "no": secure = false
        case nil, "": secure = publicURL.lowercased().hasPrefix("https://")
        case let other?: throw SettingsError(description: "SECURE_COOKIES must be true or false, not \(other).")
        }
        if !secure {
            warnings.append("Cookies are not marked Secure (PUBLIC_URL is not https). Set PUBLIC_URL=https://… behind TLS in production.")
        }
        let level = env["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
        if let raw = env["LOG_LEVEL"], Logger.Level(rawValue: raw.lowercased()) == nil {
            throw SettingsError(description: "LOG_LEVEL must be one of trace, debug, info, notice, warning, error, critical.")
        }
        let proxies = (env["TRUSTED_PROXIES"] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var settings = AppSettings(
            database: database, secret: secret, publicURL: publicURL, secureCookies: secure,
            allowNewOrganisations: ["true", "1", "yes"].contains(env["ALLOW_NEW_ORGS"]?.lowercased() ?? ""),
            trustedProxies: proxies, logLevel: level
        )
        try settings.readDeliverySettings(env, warnings: &warnings)
        return (settings, warnings)
    }

    /// These settings with the templates' folder found (see `ResourceLocator`), or a
    /// `SettingsError` that lists where it looked. `serve` calls this before it starts.
    public func locatingResources(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> AppSettings {
        var located = self
        located.resourcesDirectory = try ResourceLocator.locate(environment: environment)
        return located
    }

    static func parseDatabase(_ raw: String?) throws -> DatabaseChoice {
        guard let raw, !raw.isEmpty else { return .sqliteFile("tandem.sqlite") }
        let lower = raw.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") { return .postgres(raw) }
        if lower.hasPrefix("sqlite://") { return .sqliteFile(String(raw.dropFirst("sqlite://".count))) }
        if lower.hasPrefix("sqlite:") { return .sqliteFile(String(raw.dropFirst("sqlite:".count))) }
        if raw.contains("://") {
            throw SettingsError(description: "DATABASE_URL must be a SQLite file path or a postgres:// URL, not \(raw).")
        }
        return .sqliteFile(raw)
    }
}

extension Application {
    private struct SettingsKey: StorageKey { typealias Value = AppSettings }
    public var settings: AppSettings {
        get { storage[SettingsKey.self] ?? AppSettings() }
        set { storage[SettingsKey.self] = newValue }
    }
}
