/// A domain failure with a stable, machine-readable `code` (such as `relationship.already_exists`)
/// and a friendly sentence the UI can show as is. The server maps these to HTTP responses.
public protocol CodedError: Error, Sendable {
    var code: String { get }
    var message: String { get }
}
