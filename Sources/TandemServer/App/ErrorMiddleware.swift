import TandemCore
import Vapor

/// Maps every error to the API shape or an HTML page. Installed first after the security headers, so nothing escapes it.
struct TandemErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let mapped = Self.map(error, logger: request.logger)
            if request.wantsJSON {
                return jsonResponse(mapped)
            }
            if mapped.status == .unauthorized {
                let target = request.url.path + (request.url.query.map { "?\($0)" } ?? "")
                return request.redirect(to: SignInLink.path(next: target))
            }
            return await htmlResponse(mapped, request: request)
        }
    }

    struct Mapped {
        let status: HTTPResponseStatus
        let code: String
        let message: String
        let fields: [FieldError]
    }

    static func map(_ error: any Error, logger: Logger) -> Mapped {
        switch error {
        case let error as any TandemError:
            return Mapped(status: error.status, code: error.code, message: error.message, fields: error.fields)
        case let error as any AbortError:
            let code: String = switch error.status {
            case .notFound: "route.not_found"
            case .methodNotAllowed: "route.method_not_allowed"
            case .payloadTooLarge: "request.too_large"
            case .unsupportedMediaType: "request.unsupported_media_type"
            default: error.status.code < 500 ? "request.invalid" : "internal"
            }
            let status: HTTPResponseStatus = error.status.code >= 500 ? .internalServerError : error.status
            if status == .internalServerError { logger.report(error: error) }
            let message = status == .internalServerError ? "Something went wrong on our side."
                : code == "route.not_found" ? "There is no page at this address. Check the link you followed."
                : error.reason
            return Mapped(status: status, code: code, message: message, fields: [])
        case _ where UniqueViolation.matches(error):
            // Two requests raced past a pre-check into a unique index: the loser gets a 409.
            let duplicate = UniqueViolation.duplicate
            return Mapped(status: duplicate.status, code: duplicate.code, message: duplicate.message, fields: [])
        case _ where DatabaseInputError.matches(error):
            return Mapped(status: .badRequest, code: "request.invalid_value", message: "A value in the request is not one we can store. Check the fields and try again.", fields: [])
        case is DecodingError:
            return Mapped(status: .badRequest, code: "request.malformed", message: "The request body could not be read. Check the field names and types.", fields: [])
        default:
            logger.report(error: error)
            return Mapped(status: .internalServerError, code: "internal", message: "Something went wrong on our side.", fields: [])
        }
    }

    private func jsonResponse(_ mapped: Mapped) -> Response {
        let body = ErrorBody(error: .init(
            code: mapped.code, message: mapped.message,
            fields: mapped.status == .unprocessableEntity ? mapped.fields : nil
        ))
        let response = Response(status: mapped.status)
        try? response.content.encode(body, as: .json)
        return response
    }

    private func htmlResponse(_ mapped: Mapped, request: Request) async -> Response {
        let context = ErrorPageContext(
            chrome: PageChrome(request: request, title: ErrorPageContext.title(for: mapped.status)),
            status: Int(mapped.status.code), message: mapped.message
        )
        do {
            let response = try await request.view.render("error", context).encodeResponse(for: request).get()
            response.status = mapped.status
            return response
        } catch {
            return Response(status: mapped.status, body: .init(string: mapped.message))
        }
    }
}

struct ErrorPageContext: Encodable {
    let chrome: PageChrome
    let status: Int
    let message: String

    /// The page's heading in words a person uses; the message below it says what happened.
    static func title(for status: HTTPResponseStatus) -> String {
        switch status {
        case .notFound: "Not found"
        case .forbidden: "Not allowed"
        case .tooManyRequests: "Too many requests"
        case .internalServerError: "Something went wrong"
        default: status.reasonPhrase
        }
    }
}

extension Request {
    var wantsJSON: Bool {
        url.path.hasPrefix("/api/")
    }
}
