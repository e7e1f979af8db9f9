/// The DATA payload of RFC 5321 §4.5.2: CRLF line endings, a leading "." doubled on every
/// line, and a final CRLF, so the terminating "<CRLF>.<CRLF>" can only be ours.
public enum SMTPDotStuffing {
    public static func stuff(_ message: String) -> String {
        var lines = LineEndings.lines(of: message)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { $0.hasPrefix(".") ? "." + String($0) : String($0) }.joined(separator: "\r\n") + "\r\n"
    }

    /// The payload followed by the end-of-data marker, ready to write after `354`.
    public static func dataPayload(_ message: String) -> String {
        stuff(message) + ".\r\n"
    }
}
