import TandemCore

/// Why a `match solve` input file was rejected, with a sentence that names the place.
public struct ProblemFileError: CodedError, Equatable, CustomStringConvertible {
    /// What kind of problem the file has; each code is defined once, here or in `JSONInputError`.
    public enum Reason: Equatable, Sendable {
        /// The JSON is well formed but a value breaks the file format (a size, an index, a capacity).
        case badInput
        /// The solver's own model refused the problem once it was read.
        case badProblem
        /// The bytes are not JSON the reader accepts.
        case json(JSONInputError.Kind)
    }

    public let reason: Reason
    public let message: String

    public var code: String {
        switch reason {
        case .badInput: "match.bad_input"
        case .badProblem: "match.bad_problem"
        case .json(let kind): kind.rawValue
        }
    }

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    /// A value that breaks the file format, the most common reason.
    public init(_ message: String) {
        self.init(.badInput, message)
    }

    public var description: String { message }
}
