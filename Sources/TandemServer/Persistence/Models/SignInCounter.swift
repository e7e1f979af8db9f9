import Fluent
import Foundation

/// A throttling counter or a remembered device. Its key is the SHA-256 hex of a logical key
/// ("pair:…", "ip:…", "account:…", "reset:…", "device:…"; see `AttemptCounters.storedKey`).
/// Written only by the single-statement upserts in `AttemptCounters`; the model is for reading and tidying.
final class SignInCounter: Model, @unchecked Sendable {
    static let schema = "sign_in_counters"

    @ID(custom: "counter_key", generatedBy: .user) var id: String?
    @Field(key: "attempts") var attempts: Int
    /// Unix seconds when the current fixed window began.
    @Field(key: "started_at") var startedAt: Double
    /// Unix seconds of the latest counted attempt.
    @Field(key: "last_at") var lastAt: Double
    /// Unix seconds before which the next attempt is refused (growing per-account wait).
    @Field(key: "wait_until") var waitUntil: Double

    init() {}
}
