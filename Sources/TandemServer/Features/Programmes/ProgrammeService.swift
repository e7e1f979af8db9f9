import Fluent
import Foundation
import TandemCore

/// Everything that changes programmes: admins create, edit and archive them, and close a
/// relationship of one on its members' behalf. Page and API handlers both call this.
struct ProgrammeService {
    let context: ServiceContext

    func create(_ draft: ProgrammeDraft, managerRule: Bool = false, policy: RequestPolicyDraft = RequestPolicyDraft()) async throws -> Programme {
        let admin = try requireAdmin()
        let (valid, requestPolicy) = try Self.validate(draft, policy, current: .standard)
        let programme = Programme(organisationID: admin.organisationID)
        programme.apply(valid)
        programme.requestPolicy = requestPolicy
        programme.managersMayMentorReports = managerRule
        try await context.db.transaction { db in
            try await programme.save(on: db)
            try await PlanDefaults.insert(for: programme, on: db)
            try await Audit.record("programme.created", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "programme", targetID: programme.id, details: valid.name, on: db)
        }
        return programme
    }

    /// Saves the edited programme; a nil `managerRule` keeps the rule as it is (the API has no such field).
    func update(_ programme: Programme, with draft: ProgrammeDraft, managerRule: Bool? = nil,
                policy: RequestPolicyDraft = RequestPolicyDraft()) async throws {
        let admin = try requireAdmin()
        let (valid, requestPolicy) = try Self.validate(draft, policy, current: programme.requestPolicy)
        programme.apply(valid)
        programme.requestPolicy = requestPolicy
        if let managerRule { programme.managersMayMentorReports = managerRule }
        try await context.db.transaction { db in
            try await programme.save(on: db)
            try await Audit.record("programme.updated", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "programme", targetID: programme.id, details: valid.name, on: db)
        }
    }

    /// Archives the programme; archiving it again changes nothing.
    func archive(_ programme: Programme) async throws {
        let admin = try requireAdmin()
        guard programme.archivedAt == nil else { return }
        programme.archivedAt = Date()
        try await context.db.transaction { db in
            try await programme.save(on: db)
            try await Audit.record("programme.archived", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "programme", targetID: programme.id, details: programme.name, on: db)
        }
    }

    /// The relationship of the programme an admin wants to close, with its current members.
    /// For an admin, another organisation's ids answer 404 (the programme is looked up first); a
    /// participant gets 403 (on the API from `AdminMiddleware`, before any lookup).
    func relationshipToClose(_ relationshipID: UUID?, in programmeID: UUID?) async throws -> Relationship {
        let programme = try await ProgrammeQueries.find(programmeID, for: context.actor, on: context.db)
        let admin = try requireAdmin()
        return try await ProgrammeQueries.relationship(relationshipID, of: programme, for: admin, on: context.db)
    }

    /// An admin closes `r` (a pair, a trio or a whole circle), saying why: the same conditional
    /// close and exactly-once seat release the members use, plus an audit entry and a timeline
    /// step with the reason. The freed seats change recommendations, so the cached scores go too.
    /// - Returns: whether this call closed it (false: it was already closed).
    @discardableResult
    func close(_ r: Relationship, reason raw: String) async throws -> Bool {
        try await closeByAdmin(r, reason: raw, as: .closedByAdmin, audit: "relationship.closed_by_admin")
    }

    /// Re-match: the admin ends `r` kindly, as `close` does, so the mentee can be matched again.
    /// Members are told and asked for their closing reflection; mentees are offered new
    /// recommendations (and, with no active relationship left, are in the next match run).
    /// - Returns: whether this call closed it (false: it was already closed, and nobody is told again).
    @discardableResult
    func rematch(_ r: Relationship, reason raw: String) async throws -> Bool {
        let closed = try await closeByAdmin(r, reason: raw, as: .rematched, audit: "relationship.rematched")
        if closed { await context.effects.notify(RematchNotices.drafts(for: r)) }
        return closed
    }

    private func closeByAdmin(_ r: Relationship, reason raw: String, as kind: RelationshipEventKind,
                              audit action: String) async throws -> Bool {
        let admin = try requireAdmin()
        let reason = try AdminCloseRules.validate(reason: raw)
        let closed = try await context.db.transaction { tx in
            // The conditional UPDATE is the first statement, so on SQLite it takes the write lock.
            guard try await RelationshipClosure.close(r, by: admin, on: tx) else { return false }
            try await Audit.record(action, organisationID: admin.organisationID, actorID: admin.id,
                                   target: "relationship", targetID: r.id, details: reason, on: tx)
            try await RelationshipTimeline.record(kind, on: r, details: reason, actor: admin, on: tx)
            return true
        }
        if closed { await context.effects.scoresChanged() }
        return closed
    }

    /// Both halves of the form, every problem at once. A policy field not sent keeps `current`.
    private static func validate(_ draft: ProgrammeDraft, _ policy: RequestPolicyDraft, current: RequestPolicy) throws -> (ValidProgramme, RequestPolicy) {
        let valid = Result { () throws(ValidationFailure) in try draft.validate() }
        let requestPolicy = Result { () throws(ValidationFailure) in try policy.validate(current: current) }
        switch (valid, requestPolicy) {
        case let (.success(v), .success(p)): return (v, p)
        case let (.failure(a), .failure(b)): throw ValidationFailure(a.fields + b.fields)
        case let (.failure(a), _): throw a
        case let (_, .failure(b)): throw b
        }
    }

    private func requireAdmin() throws -> User {
        guard context.actor.isAdmin else { throw AccessError.forbidden }
        return context.actor
    }
}
