import Fluent
import TandemCore
import Vapor

/// A member's closing reflection, which archives the relationship the first time.
enum ClosingAPI {
    static func register(_ api: any RoutesBuilder) {
        let base = api.grouped("relationships", ":relationshipID")
        base.post("close", use: close)
    }

    @Sendable static func close(req: Request) async throws -> RelationshipsAPI.RelationshipResponse {
        let (_, r) = try await req.memberRelationship()
        try await ClosingService(context: try req.serviceContext()).reflect(try req.content.decode(ClosingReflectionDraft.self), on: r)
        return try await RelationshipsAPI.response(r, on: req.db)
    }
}
