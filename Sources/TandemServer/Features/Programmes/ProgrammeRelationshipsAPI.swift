import Fluent
import TandemCore
import Vapor

/// Admins close a programme's relationship (or whole circle) through the API, as on the page.
enum ProgrammeRelationshipsAPI {
    struct CloseRequest: Content {
        var reason: String?
    }

    /// Answers the relationship, closed; closing one that is already closed changes nothing.
    @Sendable static func close(req: Request) async throws -> RelationshipsAPI.RelationshipResponse {
        let (admin, r) = try await AdminRelationshipClose.target(req)
        let reason = try AdminCloseRules.validate(reason: try req.content.decode(CloseRequest.self).reason ?? "")
        if try await AdminRelationshipClose.close(r, reason: reason, by: admin, on: req.db) {
            await req.scoresChanged()
        }
        return try await RelationshipsAPI.response(r, on: req.db)
    }
}
