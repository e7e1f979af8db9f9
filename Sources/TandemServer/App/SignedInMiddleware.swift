import TandemCore
import Vapor

/// Lets a request through only when someone is signed in; `auth.required` (401) otherwise.
/// The API route table puts every member route behind it.
struct SignedInMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        _ = try request.requireUser()
        return try await next.respond(to: request)
    }
}
