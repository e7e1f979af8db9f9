import Fluent
import Foundation
import TandemCore

/// A pair, or for group programmes a circle: one mentor and every mentee assigned to them.
final class Relationship: Model, @unchecked Sendable {
    static let schema = "relationships"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Parent(key: "programme_id") var programme: Programme
    @Field(key: "status") var status: RelationshipStatus
    @OptionalField(key: "cadence") var cadence: Cadence?
    /// Days between check-ins when `cadence` is custom.
    @OptionalField(key: "cadence_days") var cadenceDays: Int?
    @Field(key: "started_at") var startedAt: Date
    @OptionalField(key: "closed_at") var closedAt: Date?
    /// Escalation: when the members were nudged about the pair's health, and when the admins
    /// were alerted; both cleared when it is healthy again.
    @OptionalField(key: "risk_nudged_at") var riskNudgedAt: Date?
    @OptionalField(key: "risk_escalated_at") var riskEscalatedAt: Date?
    @Children(for: \.$relationship) var members: [RelationshipMember]

    init() {}

    var rhythm: CheckInRhythm {
        CheckInRhythm(cadence: cadence ?? .fortnightly, customDays: cadenceDays)
    }

    var isArchived: Bool { status == .closed }

    init(id: UUID? = nil, organisationID: UUID, programmeID: UUID, startedAt: Date) {
        self.id = id
        self.organisationID = organisationID
        self.$programme.id = programmeID
        self.status = .active
        self.startedAt = startedAt
    }
}

final class RelationshipMember: Model, @unchecked Sendable {
    static let schema = "relationship_members"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Parent(key: "relationship_id") var relationship: Relationship
    @Parent(key: "user_id") var user: User
    @Field(key: "role") var role: EnrolmentRole
    @Timestamp(key: "joined_at", on: .create) var joinedAt: Date?
    @OptionalField(key: "messages_read_at") var messagesReadAt: Date?
    /// Set when the member left a circle: they no longer see it and hold no seat in it.
    @OptionalField(key: "left_at") var leftAt: Date?

    init() {}

    init(organisationID: UUID, relationshipID: UUID, userID: UUID, role: EnrolmentRole) {
        self.organisationID = organisationID
        self.$relationship.id = relationshipID
        self.$user.id = userID
        self.role = role
    }
}
