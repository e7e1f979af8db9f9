/// Failures of a request itself, before any domain rule is checked: a bad address, an unreadable
/// body, a value the database cannot hold, or a race lost to a unique index.
public enum WebRequestError: CodedError, Equatable {
    case invalid(String)
    case malformed
    case invalidValue
    case tooLarge
    case unsupportedMediaType
    case routeNotFound
    case methodNotAllowed
    case duplicate
    case `internal`

    public var code: String {
        switch self {
        case .invalid: "request.invalid"
        case .malformed: "request.malformed"
        case .invalidValue: "request.invalid_value"
        case .tooLarge: "request.too_large"
        case .unsupportedMediaType: "request.unsupported_media_type"
        case .routeNotFound: "route.not_found"
        case .methodNotAllowed: "route.method_not_allowed"
        case .duplicate: "conflict.duplicate"
        case .internal: "internal"
        }
    }

    public var message: String {
        switch self {
        case .invalid(let reason): reason
        case .malformed: "The request body could not be read. Check the field names and types."
        case .invalidValue: "A value in the request is not one we can store. Check the fields and try again."
        case .tooLarge: "The request is too large."
        case .unsupportedMediaType: "Send the request as JSON or as a form."
        case .routeNotFound: "There is no page at this address. Check the link you followed."
        case .methodNotAllowed: "This address does not take that kind of request."
        case .duplicate: "This was already saved, perhaps by a request sent at the same moment. Reload the page to see it."
        case .internal: "Something went wrong on our side."
        }
    }
}
