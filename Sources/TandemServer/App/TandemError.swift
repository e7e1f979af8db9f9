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

/// Server-side failures that are not domain rules: not found, forbidden, sign-in.
struct AppError: TandemError {
    let status: HTTPResponseStatus
    let code: String
    let message: String

    static func notFound(_ what: String) -> AppError {
        AppError(status: .notFound, code: "\(what).not_found", message: "We could not find that \(what.replacingOccurrences(of: "_", with: " ")).")
    }
    static let unauthenticated = AppError(status: .unauthorized, code: "auth.required", message: "Sign in to continue.")
    static let forbidden = AppError(status: .forbidden, code: "auth.forbidden", message: "Your role does not allow this.")
    static let csrf = AppError(status: .forbidden, code: "csrf.invalid", message: "This form has expired. Reload the page and try again.")
    static func badRequest(_ message: String) -> AppError {
        AppError(status: .badRequest, code: "request.invalid", message: message)
    }
    static func conflict(_ code: String, _ message: String) -> AppError {
        AppError(status: .conflict, code: code, message: message)
    }
}

extension ValidationFailure: TandemError {
    var status: HTTPResponseStatus { .unprocessableEntity }
}

extension RequestRuleError: TandemError {
    var status: HTTPResponseStatus {
        switch self {
        case .selfRequest: .unprocessableEntity
        default: .conflict
        }
    }
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
