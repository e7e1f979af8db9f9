import Fluent
import Vapor

/// Test-only: records the Fluent queries of each request and reports the count in a header,
/// so tests can prove a page's query count does not grow with its rows. Raw SQLKit queries
/// are not recorded; the pages use a fixed number of those.
struct QueryCountMiddleware: AsyncMiddleware {
    static let header = "X-Fluent-Query-Count"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.fluent.history.start()
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: Self.header, value: String(request.fluent.history.queries.count))
        return response
    }
}
