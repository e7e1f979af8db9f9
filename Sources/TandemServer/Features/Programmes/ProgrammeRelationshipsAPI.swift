import Fluent
import TandemCore
import Vapor

/// Admins close a programme's relationship (or whole circle) through the API, as on the page.
enum ProgrammeRelationshipsAPI {
    /// Answers the relationship, closed; closing one that is already closed changes nothing.
    @Sendable static func close(req: Request) async throws -> RelationshipsAPI.RelationshipResponse {
        let service = ProgrammeService(context: try req.serviceContext())
        let r = try await service.relationshipToClose(req.parameters.get("relationshipID", as: UUID.self),
                                                      in: req.parameters.get("programmeID", as: UUID.self))
        try await service.close(r, reason: try req.apiBody(AdminCloseInput.self).reason ?? "")
        return try await RelationshipsAPI.response(r, on: req.db)
    }
}

/// An admin's close with its reason for the audit log, as the page's form and the API both send
/// it (OpenAPI `AdminCloseInput`).
struct AdminCloseInput: APIContent {
    var reason: String?
}
