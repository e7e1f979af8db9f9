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
