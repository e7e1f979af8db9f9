import TandemCore

/// Why bytes are not JSON that the solvers' readers accept, for both `match solve` and
/// `match solve-peers`. Each says where: line, column and byte offset.
public struct JSONInputError: CodedError, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// Not JSON (RFC 8259), or not the shape expected here.
        case malformed = "json.malformed"
        /// Arrays and objects nested deeper than `JSONLimits.maxDepth`.
        case tooDeep = "json.too_deep"
        /// A number JSON does not allow (`nan`, `inf`, `0x10`) or outside the limits.
        case badNumber = "json.bad_number"
        /// A string whose bytes are not valid UTF-8.
        case badUTF8 = "json.bad_utf8"
    }

    public let kind: Kind
    public let line: Int
    public let column: Int
    public let offset: Int
    let detail: String

    public var code: String { kind.rawValue }
    public var message: String { "Malformed JSON at line \(line), column \(column) (byte \(offset)): \(detail)." }
    public var description: String { message }

    init(_ kind: Kind, _ detail: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var (line, column) = (1, 1)
        for byte in bytes[..<Swift.min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") { (line, column) = (line + 1, 1) } else { column += 1 }
        }
        (self.kind, self.detail, self.offset, self.line, self.column) = (kind, detail, offset, line, column)
    }
}

/// The one set of limits both readers apply. They bound the work and stack a hostile file can
/// cost; a real problem file is far inside them.
public enum JSONLimits {
    /// Arrays and objects inside a value the format does not use (skipped values). The formats'
    /// own values nest at most three deep.
    public static let maxDepth = 64
    /// Digits of a whole number (scores, capacities): 15 keep any value exact in an `Int`.
    public static let maxIntegerDigits = 15
}
