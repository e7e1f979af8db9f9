import Fluent
import Foundation

final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "action") var action: String
    @Field(key: "target_type") var targetType: String
    @OptionalField(key: "target_id") var targetID: UUID?
    @Field(key: "details") var details: String
    /// The client's address, when a request did it (not the scheduler).
    @OptionalField(key: "ip") var ip: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, actorID: UUID?, action: String, targetType: String, targetID: UUID?, details: String) {
        self.organisationID = organisationID
        self.actorID = actorID
        self.action = action
        self.targetType = targetType
        self.targetID = targetID
        self.details = details
    }
}
