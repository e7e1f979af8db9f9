import Fluent
import Foundation
import TandemCore

/// One unit of background work. Claimed with one conditional statement (see `JobClaim`), so a
/// job runs on one worker at a time however many instances share the database.
final class Job: Model, @unchecked Sendable {
    static let schema = "jobs"

    @ID(key: .id) var id: UUID?
    /// Nil for work that belongs to no one organisation (the sweep).
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @Field(key: "kind") var kind: JobKind
    /// The kind's own JSON (`JobPayload`).
    @Field(key: "payload") var payload: String
    /// One job per key: enqueueing the same work twice adds nothing.
    @Field(key: "idempotency_key") var idempotencyKey: String
    @Field(key: "state") var state: JobState
    @Field(key: "run_at") var runAt: Date
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "last_error") var lastError: String?
    @OptionalField(key: "locked_by") var lockedBy: String?
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "finished_at") var finishedAt: Date?

    init() {}
}
