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

        init(status: HTTPResponseStatus, code: String, message: String, fields: [FieldError]) {
            self.status = status
            self.code = code
            self.message = message
            self.fields = fields
        }

        init(_ error: any TandemError) {
            self.init(status: error.status, code: error.code, message: error.message, fields: error.fields)
        }
    }

    static func map(_ error: any Error, logger: Logger) -> Mapped {
        switch error {
        case let error as any TandemError:
            return Mapped(error)
        case let error as any AbortError:
            let failure: WebRequestError = switch error.status {
            case .notFound: .routeNotFound
            case .methodNotAllowed: .methodNotAllowed
            case .payloadTooLarge: .tooLarge
            case .unsupportedMediaType: .unsupportedMediaType
            default: error.status.code < 500 ? .invalid(error.reason) : .internal
            }
            if failure == .internal { logger.report(error: error) }
            // Vapor's own reasons are clear for the rest; these two read better in our words.
            let message = failure == .internal || failure == .routeNotFound ? failure.message : error.reason
            return Mapped(status: failure.status, code: failure.code, message: message, fields: [])
        case _ where UniqueViolation.matches(error):
            // Two requests raced past a pre-check into a unique index: the loser gets a 409.
            return Mapped(UniqueViolation.duplicate)
        case _ where DatabaseInputError.matches(error):
            return Mapped(WebRequestError.invalidValue)
        case is DecodingError:
            return Mapped(WebRequestError.malformed)
        default:
            logger.report(error: error)
            return Mapped(WebRequestError.internal)
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
            status: Int(mapped.status.code), message: mapped.message, backURL: ErrorPageContext.backURL(of: request)
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
    /// The page the person came from on this site, offered as "Go back".
    let backURL: String?

    /// The page's heading in words a person uses, never an HTTP status name; the message below it
    /// says what happened.
    static func title(for status: HTTPResponseStatus) -> String {
        switch status {
        case .badRequest: "That request was not understood"
        case .unauthorized: "Please sign in"
        case .forbidden: "This is not open to you"
        case .notFound: "We could not find that"
        case .conflict: "That could not be done"
        case .payloadTooLarge: "That is too large"
        case .unprocessableEntity: "Some details need attention"
        case .tooManyRequests: "Too many attempts"
        default: "Something went wrong on our side"
        }
    }

    /// The Referer's path when it is a page of this site (and not this very page).
    static func backURL(of request: Request) -> String? {
        guard let referer = request.headers.first(name: .referer), let url = URLComponents(string: referer),
              let host = url.host, host == request.headers.first(name: .host)?.split(separator: ":").first.map(String.init),
              url.path.hasPrefix("/"), !url.path.hasPrefix("//"), !url.path.hasPrefix("/\\"),
              url.path != request.url.path else { return nil }
        return url.path + (url.percentEncodedQuery.map { "?" + $0 } ?? "")
    }
}

extension Request {
    var wantsJSON: Bool {
        url.path.hasPrefix("/api/")
    }
}
