/// One problem with one form field. `field` is the snake_case form field name,
/// so a page can show the message next to the input that caused it. It conforms to `Error`
/// only so single-field parsers can return `Result<_, FieldError>`; throw `ValidationFailure`.
public struct FieldError: Error, Codable, Sendable, Equatable, Hashable {
    public let field: String
    public let code: String
    public let message: String

    public init(field: String, code: String, message: String) {
        self.field = field
        self.code = code
        self.message = message
    }
}
