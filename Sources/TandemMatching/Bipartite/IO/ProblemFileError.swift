import TandemCore

/// Why a `match solve` input file was rejected, with a sentence that names the place.
public struct ProblemFileError: CodedError, Equatable, CustomStringConvertible {
    public let code: String
    public let message: String

    public init(code: String = "match.bad_input", _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    static func malformed(_ what: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ProblemFileError {
        var (line, column) = (1, 1)
        for byte in bytes[..<Swift.min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") { (line, column) = (line + 1, 1) } else { column += 1 }
        }
        return ProblemFileError(code: "match.malformed_json", "Malformed JSON at line \(line), column \(column): \(what).")
    }
}
