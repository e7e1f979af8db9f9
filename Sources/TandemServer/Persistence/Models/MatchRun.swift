import Fluent
import Foundation
import TandemCore

/// One admin match run: its settings, state and progress live here so every instance sees them.
final class MatchRun: Model, @unchecked Sendable {
    static let schema = "match_runs"

    enum Status: String, Codable, Sendable { case queued, running, done, failed, approved }

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "programme_id") var programmeID: UUID
    @Field(key: "objective") var objective: MatchObjective
    @Field(key: "status") var status: Status
    @Field(key: "progress") var progress: Int
    @Field(key: "created_by") var createdBy: UUID
    /// JSON arrays of [menteeID, mentorID] pairs the admin pinned or forbade.
    @Field(key: "pins") var pins: String
    @Field(key: "forbids") var forbids: String
    /// Peer pools only: may a trio absorb the odd person out?
    @Field(key: "allow_trio") var allowTrio: Bool
    /// The proposal as JSON (`MatchProposal`), once solved.
    @OptionalField(key: "proposal") var proposal: String?
    @OptionalField(key: "error") var error: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "finished_at") var finishedAt: Date?
    @OptionalField(key: "approved_at") var approvedAt: Date?
    /// Pairs the approval skipped because they no longer held (`[SkippedMatch]` as JSON).
    @OptionalField(key: "skipped") var skipped: String?

    init() {}

    init(organisationID: UUID, programmeID: UUID, objective: MatchObjective, createdBy: UUID, pins: [PairKey], forbids: [PairKey], allowTrio: Bool = false) {
        self.allowTrio = allowTrio
        self.organisationID = organisationID
        self.programmeID = programmeID
        self.objective = objective
        self.status = .queued
        self.progress = 0
        self.createdBy = createdBy
        self.pins = PairKey.encode(pins)
        self.forbids = PairKey.encode(forbids)
    }

    var pinList: [PairKey] { PairKey.decode(pins) }
    var forbidList: [PairKey] { PairKey.decode(forbids) }
}

/// A (mentee, mentor) pair by user ids.
struct PairKey: Codable, Hashable, Sendable {
    let mentee: UUID
    let mentor: UUID

    static func encode(_ keys: [PairKey]) -> String {
        (try? String(decoding: JSONEncoder().encode(keys), as: UTF8.self)) ?? "[]"
    }

    static func decode(_ text: String) -> [PairKey] {
        (try? JSONDecoder().decode([PairKey].self, from: Data(text.utf8))) ?? []
    }
}
