import Fluent
import Foundation
import TandemCore

/// One notification for one person: what the bell counts and the notifications page lists.
/// Email and digests are delivered from it; in-app needs nothing more than the row.
final class AppNotification: Model, @unchecked Sendable {
    static let schema = "notifications"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "kind") var kind: NotificationKind
    @Field(key: "title") var title: String
    /// Plain text; escaped for each channel when delivered.
    @Field(key: "body") var body: String
    /// The path of the place to act, e.g. `/requests`.
    @Field(key: "link") var link: String
    /// One notification per key: an event or a sweep seen twice notifies once.
    @Field(key: "dedupe_key") var dedupeKey: String
    @Timestamp(key: "created_at", on: .none) var createdAt: Date?
    @OptionalField(key: "read_at") var readAt: Date?
    /// Set when a daily digest included it.
    @OptionalField(key: "digested_at") var digestedAt: Date?

    init() {}
}
