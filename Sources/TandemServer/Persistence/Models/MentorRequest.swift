import Fluent
import Foundation
import TandemCore

/// A mentee (or peer) asking someone to mentor them in a programme. Holds no seat while pending.
final class MentorRequest: Model, @unchecked Sendable {
    static let schema = "mentor_requests"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "mentee_id") var mentee: User
    @Parent(key: "mentor_id") var mentor: User
    @Field(key: "message") var message: String
    @Field(key: "hopes") var hopes: String
    @Field(key: "status") var status: RequestStatus
    @OptionalField(key: "decline_reason") var declineReason: String?
    /// Set when Tandem declined on the mentor's behalf (`DeclineCode`).
    @OptionalField(key: "decline_code") var declineCode: DeclineCode?
    @OptionalField(key: "relationship_id") var relationshipID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "decided_at") var decidedAt: Date?

    init() {}

    init(organisationID: UUID, programmeID: UUID, menteeID: UUID, mentorID: UUID, message: String, hopes: String) {
        self.organisationID = organisationID
        self.$programme.id = programmeID
        self.$mentee.id = menteeID
        self.$mentor.id = mentorID
        self.message = message
        self.hopes = hopes
        self.status = .pending
    }
}
