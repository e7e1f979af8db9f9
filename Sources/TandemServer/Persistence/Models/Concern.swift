import Fluent
import Foundation

/// A private concern a member raises about their relationship. Only admins see it; the
/// other members never do.
final class Concern: Model, @unchecked Sendable {
    static let schema = "concerns"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Parent(key: "relationship_id") var relationship: Relationship
    @Parent(key: "raised_by") var raisedBy: User
    @Field(key: "body") var body: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "resolved_at") var resolvedAt: Date?

    init() {}

    init(organisationID: UUID, relationshipID: UUID, raisedBy: UUID, body: String) {
        self.organisationID = organisationID
        self.$relationship.id = relationshipID
        self.$raisedBy.id = raisedBy
        self.body = body
    }
}
