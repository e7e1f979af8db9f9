import Vapor

/// A body of /api/v1, written with Swift names (`mentorID`) and sent with snake_case keys
/// (`mentor_id`) through `APICoding`. Only the API uses these coders, so pages, forms and other
/// protocols keep their own names.
protocol APIContent: Codable, Sendable, AsyncResponseEncodable {}

extension APIContent {
    func encodeResponse(for request: Request) async throws -> Response {
        try await encodeResponse(status: .ok, for: request)
    }

    func encodeResponse(status: HTTPStatus, for request: Request) async throws -> Response {
        let response = Response(status: status)
        try response.content.encode(self, using: APICoding.encoder)
        return response
    }
}

extension Request {
    /// A JSON request body with Swift-named fields, read through `APICoding`. Another content type
    /// is read as Vapor reads it (415 without one). Core drafts shared with the pages keep
    /// `content.decode`: their keys are the form's field names.
    func apiBody<Body: APIContent>(_ type: Body.Type) throws -> Body {
        guard headers.contentType == .json else { return try content.decode(type) }
        return try content.decode(type, using: APICoding.decoder)
    }
}
