/// Escaping for the places Tandem puts people's text, written once.
public enum TextEscaping {
    /// `& < > " '` escaped: safe in HTML element content and in quoted attribute values.
    public static func html<Text: StringProtocol>(_ text: Text) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Slack's rule for message text: only `&`, `<` and `>` are escaped.
    public static func slack(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
