import Fluent
import TandemCore
import Vapor

/// A member's closing reflection, which archives the relationship the first time.
enum ClosingAPI {
    static let routes: [APIRoute] = [
        APIRoute(.POST, "relationships/:relationshipID/close", .member, use: close,
                 "Write my closing reflection; the first one archives the relationship", tag: "relationships",
                 body: "ReflectionInput", response: "Relationship", errors: APIRoute.write),
    ]

    @Sendable static func close(req: Request) async throws -> RelationshipsAPI.RelationshipResponse {
        let (_, r) = try await req.memberRelationship()
        try await ClosingService(context: try req.serviceContext()).reflect(try req.content.decode(ClosingReflectionDraft.self), on: r)
        return try await RelationshipsAPI.response(r, on: req.db)
    }
}
