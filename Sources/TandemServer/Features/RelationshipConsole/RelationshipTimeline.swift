import Fluent
import Foundation
import TandemCore

/// A relationship's timeline for admins: escalation steps and admin actions, with why.
enum RelationshipTimeline {
    static let shownLimit = 50

    static func record(_ kind: RelationshipEventKind, on r: Relationship, details: String, actor: User?, at: Date = Date(),
                       on db: any Database) async throws {
        try await RelationshipEvent(organisationID: r.organisationID, relationshipID: try r.requireID(), kind: kind,
                                    details: details, actorID: actor?.id, at: at).create(on: db)
    }

    /// The newest events first, at most `shownLimit`.
    static func recent(of relationshipID: UUID, organisationID: UUID, on db: any Database) async throws -> [RelationshipEvent] {
        try await RelationshipEvent.query(on: db).filter(\.$relationshipID == relationshipID)
            .filter(\.$organisationID == organisationID)
            .sort(\.$createdAt, .descending).sort(\.$id, .descending).limit(shownLimit).all()
    }
}
