import Foundation

/// The decisions in an SMTP conversation that do not need a socket, so they are unit-tested.
public enum SMTPConversationRules {
    public enum AfterGreeting: Equatable, Sendable {
        case startTLS
        case continueWithoutTLS
    }

    /// After the first EHLO on a plain connection of an `smtp://` endpoint: STARTTLS whenever
    /// offered; without it, only a loopback test server may go on in plain text.
    public static func afterFirstEHLO(
        capabilities: SMTPCapabilities, host: String, plaintextPermitted: Bool
    ) throws(SMTPProtocolError) -> AfterGreeting {
        if capabilities.startTLS { return .startTLS }
        guard plaintextPermitted else { throw .startTLSNotOffered(host: host) }
        return .continueWithoutTLS
    }

    public enum AuthMechanism: String, Sendable { case plain = "PLAIN", login = "LOGIN" }

    public static func authMechanism(_ capabilities: SMTPCapabilities, host: String) throws(SMTPProtocolError) -> AuthMechanism {
        if capabilities.authMechanisms.contains("PLAIN") { return .plain }
        if capabilities.authMechanisms.contains("LOGIN") { return .login }
        throw .authenticationNotOffered(host: host)
    }

    /// RFC 4616: base64 of NUL, user, NUL, password.
    public static func authPlainArgument(username: String, password: String) -> String {
        Data([0] + Array(username.utf8) + [0] + Array(password.utf8)).base64EncodedString()
    }

    public static func base64(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
    }

    /// The EHLO name: our public host when it is a plain domain, else an address literal.
    public static func ehloName(publicURL: String) -> String {
        let host = URLComponents(string: publicURL)?.host ?? ""
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
        guard host.contains("."), host.unicodeScalars.allSatisfy(allowed.contains) else { return "[127.0.0.1]" }
        return host
    }
}
