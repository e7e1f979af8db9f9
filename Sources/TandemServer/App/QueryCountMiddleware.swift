import Fluent
import Vapor

/// Test-only: records the Fluent queries of each request and reports the count in a header,
/// so tests can prove a page's query count does not grow with its rows. Raw SQLKit queries
/// are not recorded; the pages use a fixed number of those.
struct QueryCountMiddleware: AsyncMiddleware {
    static let header = "X-Fluent-Query-Count"
    /// The tables those queries read or wrote, so a test can tell that a page loaded no rows of one.
    static let schemasHeader = "X-Fluent-Query-Schemas"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.fluent.history.start()
        let response = try await next.respond(to: request)
        let queries = request.fluent.history.queries
        response.headers.replaceOrAdd(name: Self.header, value: String(queries.count))
        response.headers.replaceOrAdd(name: Self.schemasHeader, value: Set(queries.map(\.schema)).sorted().joined(separator: ","))
        return response
    }
}
