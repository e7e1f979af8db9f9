import Fluent
import Foundation

/// Feedback from one member to another: what went well, what could be better.
final class Feedback: Model, @unchecked Sendable {
    static let schema = "feedback"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @OptionalField(key: "meeting_id") var meetingID: UUID?
    @Field(key: "from_user_id") var fromUserID: UUID
    @Field(key: "to_user_id") var toUserID: UUID
    @Field(key: "went_well") var wentWell: String
    @Field(key: "could_be_better") var couldBeBetter: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, relationshipID: UUID, meetingID: UUID?, from: UUID, to: UUID, wentWell: String, couldBeBetter: String) {
        self.organisationID = organisationID
        self.relationshipID = relationshipID
        self.meetingID = meetingID
        self.fromUserID = from
        self.toUserID = to
        self.wentWell = wentWell
        self.couldBeBetter = couldBeBetter
    }
}
