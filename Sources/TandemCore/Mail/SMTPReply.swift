/// One SMTP reply (RFC 5321 §4.2): a three-digit code and its text lines.
public struct SMTPReply: Sendable, Equatable, CustomStringConvertible {
    public var code: Int
    public var lines: [String]

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    public var isPositive: Bool { (200..<400).contains(code) }
    public var isPermanentFailure: Bool { (500..<600).contains(code) }

    /// The reply as the server sent it, lines joined by newlines: what the outbox shows.
    public var description: String {
        lines.enumerated().map { index, line in
            "\(code)\(index == lines.count - 1 ? " " : "-")\(line)"
        }.joined(separator: "\n")
    }
}

/// Collects reply lines until the last one ("250 …" rather than "250-…").
public struct SMTPReplyParser: Sendable {
    private var code: Int?
    private var lines: [String] = []

    public init() {}

    /// Feeds one line without its CRLF; returns the reply when `line` completed it.
    public mutating func feed(_ line: String) throws(SMTPProtocolError) -> SMTPReply? {
        let chars = Array(line.utf8)
        guard chars.count >= 3, chars[0...2].allSatisfy({ (48...57).contains($0) }),
              let lineCode = Int(String(decoding: chars[0...2], as: UTF8.self)),
              (200...599).contains(lineCode) else {
            throw .malformedReply(line)
        }
        if let code, code != lineCode { throw .malformedReply(line) }
        code = lineCode
        let separator = chars.count > 3 ? chars[3] : 32
        guard separator == 32 || separator == 45 else { throw .malformedReply(line) }
        lines.append(chars.count > 4 ? String(decoding: chars[4...], as: UTF8.self) : "")
        guard separator == 32 else { return nil }
        defer { self = SMTPReplyParser() }
        return SMTPReply(code: lineCode, lines: lines)
    }
}
