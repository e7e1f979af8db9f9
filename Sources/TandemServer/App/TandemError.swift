import TandemCore
import Vapor

/// A failure the user can understand: an HTTP status, a stable code and a sentence.
protocol TandemError: Error {
    var status: HTTPResponseStatus { get }
    var code: String { get }
    var message: String { get }
    var fields: [FieldError] { get }
}

extension TandemError {
    var fields: [FieldError] { [] }
}

extension AccessError: TandemError {
    var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .signInRequired: .unauthorized
        case .forbidden, .formExpired: .forbidden
        }
    }
}

extension WebRequestError: TandemError {
    var status: HTTPResponseStatus {
        switch self {
        case .invalid, .malformed, .invalidValue: .badRequest
        case .tooLarge: .payloadTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .routeNotFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .duplicate: .conflict
        case .internal: .internalServerError
        }
    }
}

extension ValidationFailure: TandemError {
    var status: HTTPResponseStatus { .unprocessableEntity }
}

/// The one JSON error shape: `{"error":{"code","message","fields"?}}`.
struct ErrorBody: Content {
    struct Detail: Content {
        let code: String
        let message: String
        let fields: [FieldError]?
    }
    let error: Detail
}
