import TandemCore
import Vapor

/// Checks a per-browser token on every unsafe method: the `csrf_token` form field, or the
/// `X-CSRF-Token` header for API calls made with the session cookie.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "csrf_token"
    static let headerName = "X-CSRF-Token"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // One-click unsubscribe (RFC 8058) is posted by mail clients without a cookie; the signed
        // token in its path is its only authority, so there is nothing to forge.
        guard [.POST, .PUT, .PATCH, .DELETE].contains(request.method), !request.url.path.hasPrefix("/unsubscribe/") else {
            return try await next.respond(to: request)
        }
        if request.wantsJSON {
            // A cookie-less API call carries no ambient authority, so there is nothing to forge.
            if request.currentSession != nil {
                let sent = request.headers.first(name: Self.headerName) ?? ""
                guard Tokens.constantTimeEquals(sent, request.csrfToken) else { throw AccessError.formExpired }
            }
            return try await next.respond(to: request)
        }
        _ = try? await request.body.collect(max: 1 << 20).get()
        let sent = (try? request.content.get(String.self, at: Self.fieldName))
            ?? request.headers.first(name: Self.headerName) ?? ""
        guard Tokens.constantTimeEquals(sent, request.csrfToken) else { throw AccessError.formExpired }
        return try await next.respond(to: request)
    }
}
