import Vapor

/// Who may call an API route. Registration applies it with middleware, so handlers never check it.
enum APIAccess: Sendable {
    /// Anyone, signed in or not (the OpenAPI document).
    case anyone
    /// A signed-in member of an organisation (`SignedInMiddleware`: 401 otherwise).
    case member
    /// An organisation admin (`AdminMiddleware`: 401 signed out, 403 for a participant).
    case admin
}

/// One /api/v1 route, declared once: method, path, who may call it, its handler and what the
/// OpenAPI document says of it. `APIRoutes` registers the table and `OpenAPIDocument` describes it,
/// so a route without an operation cannot exist.
struct APIRoute: Sendable {
    /// Error statuses of a write: bad input, signed out, forbidden, unknown id, conflict, invalid field.
    static let write = [400, 401, 403, 404, 409, 422]

    let method: HTTPMethod
    /// Below /api/v1, with Vapor's `:name` parameters: `requests/:requestID/accept`.
    let path: String
    let access: APIAccess
    let summary: String
    let tag: String
    /// Optional query parameters, each a string.
    let query: [String]
    /// Component schema names of the JSON request and success bodies.
    let body: String?
    let response: String?
    let success: Int
    let errors: [Int]
    let respond: @Sendable (Request) async throws -> Response

    init<Answer: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ path: String, _ access: APIAccess, use handler: @escaping @Sendable (Request) async throws -> Answer,
        _ summary: String, tag: String, query: [String] = [], body: String? = nil, response: String? = nil,
        success: Int = 200, errors: [Int] = [401, 404]
    ) {
        self.method = method
        self.path = path
        self.access = access
        self.summary = summary
        self.tag = tag
        self.query = query
        self.body = body
        self.response = response
        self.success = success
        self.errors = errors
        self.respond = { req in try await handler(req).encodeResponse(for: req) }
    }

    var pathComponents: [PathComponent] { path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) } }

    /// The parameters named in the path, in order.
    var pathParameters: [String] {
        path.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }
    }

    /// The full path as OpenAPI writes it: `/api/v1/requests/{requestID}/accept`.
    var openAPIPath: String {
        "/api/v1/" + path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
    }
}
