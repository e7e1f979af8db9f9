import Fluent
import Foundation
import TandemCore

/// A relationship's agreement as one member reads it: its state, who still has to confirm, and
/// what changed since the version this member last confirmed. Pages and the API both use it.
struct AgreementReading {
    let relationship: Relationship
    let viewerID: UUID
    let snapshot: AgreementQueries.Snapshot?
    /// The version the changes are counted from, when there is one.
    let base: AgreementVersion?

    var members: Set<UUID> { Set(relationship.memberIDs) }
    var state: AgreementState { AgreementRules.state(current: snapshot?.rules, members: members) }
    var isInForce: Bool { state == .inForce }
    /// True when the viewer is a member who has not confirmed the current version.
    var awaitsViewer: Bool {
        guard let snapshot else { return false }
        return AgreementRules.awaiting(current: snapshot.rules, members: members).contains(viewerID)
    }
    var changes: AgreementChanges? {
        guard let snapshot, let base else { return nil }
        return AgreementChanges.between(base.terms, snapshot.current.terms)
    }

    /// Loads the snapshot and the base of "what changed": the version the viewer last confirmed
    /// when it is older than the current one, else (if they never confirmed any) the previous version.
    static func load(_ r: Relationship, viewer: User, on db: any Database) async throws -> AgreementReading {
        let rid = try r.requireID()
        let viewerID = try viewer.requireID()
        let snapshot = try await AgreementQueries.snapshot(of: rid, on: db)
        var base: AgreementVersion?
        if let snapshot, !snapshot.confirmedBy.contains(viewerID) {
            let from = snapshot.lastConfirmed[viewerID] ?? (snapshot.current.number - 1)
            if from >= 1, from < snapshot.current.number {
                base = try await AgreementQueries.version(from, of: rid, on: db)
            }
        }
        return AgreementReading(relationship: r, viewerID: viewerID, snapshot: snapshot, base: base)
    }

    /// The form values to start from: the current terms, or the programme's template for a first proposal.
    func startingDraft(today: LocalDate) -> AgreementDraft {
        let ids = orderedMemberIDs
        if let snapshot { return snapshot.current.terms.draft(members: ids) }
        return relationship.programme.agreementTemplate.firstDraft(members: ids, today: today)
    }

    /// Mentor first, then the others by name, as the workspace lists them.
    var orderedMembers: [RelationshipMember] {
        relationship.members.sorted { ($0.role == .mentor ? 0 : 1, $0.user.name) < ($1.role == .mentor ? 0 : 1, $1.user.name) }
    }

    var orderedMemberIDs: [UUID] { orderedMembers.map { $0.$user.id } }

    func name(of userID: UUID) -> String {
        relationship.members.first { $0.$user.id == userID }?.user.name ?? "A former member"
    }
}
