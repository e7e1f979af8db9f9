/// Hides the links of secret emails (password resets, invitations) on the outbox page: whoever
/// holds such a link can take over an account, and admins must not be able to.
public enum LinkRedaction {
    public static let placeholder = "[link hidden: only the recipient sees it]"

    /// The text with every http(s) link replaced by `placeholder`.
    public static func redact(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "http", options: .caseInsensitive) {
            let candidate = rest[start.lowerBound...]
            let lower = candidate.prefix(8).lowercased()
            guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
                out += rest[..<start.upperBound]
                rest = rest[start.upperBound...]
                continue
            }
            out += rest[..<start.lowerBound] + placeholder
            let end = candidate.firstIndex(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) ?? candidate.endIndex
            rest = candidate[end...]
        }
        return out + rest
    }
}
