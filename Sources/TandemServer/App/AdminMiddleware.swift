import TandemCore
import Vapor

/// Lets a request through only for an organisation admin: 401 when signed out, 403 for anyone
/// else, before the handler looks up any id (so a participant learns nothing from the ids it sends).
struct AdminMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        _ = try request.requireAdmin()
        return try await next.respond(to: request)
    }
}
