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
}
