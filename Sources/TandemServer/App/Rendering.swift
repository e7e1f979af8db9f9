import Vapor

extension Request {
    /// Renders a Leaf page with a status, for example 422 when a form comes back with errors.
    func page(_ template: String, _ context: some Encodable, status: HTTPResponseStatus = .ok) async throws -> Response {
        let response = try await view.render(template, context).encodeResponse(for: self)
        response.status = status
        return response
    }
}
