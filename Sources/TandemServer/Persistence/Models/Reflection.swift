import Fluent
import Foundation

/// A member's closing reflection, kept with the archived relationship.
final class Reflection: Model, @unchecked Sendable {
    static let schema = "reflections"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "learned") var learned: String
    @Field(key: "partner_learned") var partnerLearned: String
    @Field(key: "next_steps") var nextSteps: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, relationshipID: UUID, userID: UUID, learned: String, partnerLearned: String, nextSteps: String) {
        self.organisationID = organisationID
        self.relationshipID = relationshipID
        self.userID = userID
        self.learned = learned
        self.partnerLearned = partnerLearned
        self.nextSteps = nextSteps
    }
}
