import Foundation

/// An incoming-webhook address as an admin typed it: https only (docs/rules.md "Outgoing
/// connections"); plain http only to loopback, and only with the test setting. Whether the host
/// resolves to a private address is checked when connecting, not here.
public enum WebhookURL {
    public static let maxLength = 2048

    public static func validate(_ raw: String, allowLoopback: Bool, field: String = "webhook_url") throws(ValidationFailure) -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        func fail(_ message: String) -> ValidationFailure {
            ValidationFailure([FieldError(field: field, .invalid, message: message)])
        }
        guard !text.isEmpty else { throw ValidationFailure([FieldError(field: field, .required, message: "Paste the webhook address.")]) }
        guard text.utf8.count <= maxLength else { throw fail("A webhook address is at most \(maxLength) characters.") }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty,
              url.user == nil, url.password == nil else {
            throw fail("Enter a full address, such as https://hooks.slack.com/services/…")
        }
        let loopback = host == "localhost" || host == "127.0.0.1" || host == "::1" || host == "[::1]"
        switch scheme {
        case "https": return text
        case "http" where allowLoopback && loopback: return text
        default: throw fail("The address must start with https://.")
        }
    }

    /// The address with its secret part hidden, for pages: scheme, host and the last four characters.
    public static func masked(_ url: String) -> String {
        guard let parsed = URL(string: url), let host = parsed.host else { return "…" }
        return "\(parsed.scheme ?? "https")://\(host)/…\(url.suffix(4))"
    }
}
