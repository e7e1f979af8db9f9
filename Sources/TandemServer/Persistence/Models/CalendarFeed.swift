import Fluent
import Foundation

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
