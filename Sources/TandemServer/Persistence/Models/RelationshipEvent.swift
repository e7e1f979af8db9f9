import Fluent
import Foundation
import TandemCore

/// One step on a relationship's timeline, shown to its programme's admins.
final class RelationshipEvent: Model, @unchecked Sendable {
    static let schema = "relationship_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @Field(key: "kind") var kind: RelationshipEventKind
    /// Plain text: the health reasons, or the admin's reason.
    @Field(key: "details") var details: String
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(organisationID: UUID, relationshipID: UUID, kind: RelationshipEventKind, details: String, actorID: UUID?, at: Date) {
        self.organisationID = organisationID
        self.relationshipID = relationshipID
        self.kind = kind
        self.details = String(details.prefix(2000))
        self.actorID = actorID
        // Whole milliseconds, so a keyset position taken from it matches the stored value.
        self.createdAt = Date(timeIntervalSince1970: (at.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
