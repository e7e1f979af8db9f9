import Fluent
import Foundation

/// A signed-in browser. The cookie holds a random token; we keep only its keyed hash.
final class UserSession: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "user_id") var userID: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Field(key: "last_seen_at") var lastSeenAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(tokenHash: String, userID: UUID, now: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.lastSeenAt = now
        self.expiresAt = expiresAt
    }
}
