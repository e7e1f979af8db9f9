import Fluent
import Foundation
import TandemCore

/// The agreement state of many relationships at once (none, proposed, in force, needs
/// re-confirmation), in 3 queries whatever their number: for lists such as the admin console.
/// It reveals no terms, only the state.
enum AgreementStates {
    static func of(_ relationshipIDs: [UUID], on db: any Database) async throws -> [UUID: AgreementState] {
        guard !relationshipIDs.isEmpty else { return [:] }
        let versions = try await AgreementVersion.query(on: db).filter(\.$relationshipID ~~ relationshipIDs)
            .field(\.$id).field(\.$relationshipID).field(\.$number).field(\.$followsInForce).field(\.$inForceAt).all()
        var latest: [UUID: AgreementVersion] = [:]
        for v in versions where (latest[v.relationshipID]?.number ?? 0) < v.number { latest[v.relationshipID] = v }
        let latestIDs = latest.values.compactMap(\.id)
        var confirmations: [AgreementConfirmation] = []
        if !latestIDs.isEmpty {
            confirmations = try await AgreementConfirmation.query(on: db).filter(\.$versionID ~~ latestIDs).all()
        }
        let members = try await RelationshipMember.query(on: db).filter(\.$relationship.$id ~~ relationshipIDs)
            .filter(\.$leftAt == nil).all()
        var confirmedBy: [UUID: Set<UUID>] = [:]
        for c in confirmations { confirmedBy[c.versionID, default: []].insert(c.userID) }
        var memberIDs: [UUID: Set<UUID>] = [:]
        for m in members { memberIDs[m.$relationship.id, default: []].insert(m.$user.id) }
        var states: [UUID: AgreementState] = [:]
        for id in relationshipIDs {
            let current = latest[id].map { v in
                AgreementRules.Current(number: v.number, confirmedBy: confirmedBy[v.id ?? UUID()] ?? [],
                                       followsInForce: v.followsInForce || v.inForceAt != nil)
            }
            states[id] = AgreementRules.state(current: current, members: memberIDs[id] ?? [])
        }
        return states
    }
}
