import Fluent
import Foundation

/// A message in a relationship's thread. `createdAt` is set by us, not by Fluent, because
/// keyset pages and unread counts depend on it.
final class Message: Model, @unchecked Sendable {
    static let schema = "messages"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "body") var body: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(organisationID: UUID, relationshipID: UUID, authorID: UUID, body: String, at date: Date = Date()) {
        self.organisationID = organisationID
        self.relationshipID = relationshipID
        self.authorID = authorID
        self.body = body
        // Whole milliseconds: SQLite reads dates back rounded to the microsecond, and the keyset
        // cursor must equal the stored value exactly.
        self.createdAt = Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}

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

/// A user's private calendar feed; only the token's hash is kept.
final class CalendarFeed: Model, @unchecked Sendable {
    static let schema = "calendar_feeds"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "token_hash") var tokenHash: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, userID: UUID, tokenHash: String) {
        self.organisationID = organisationID
        self.userID = userID
        self.tokenHash = tokenHash
    }
}
