import Fluent
import Foundation
import SQLKit
import TandemCore

/// Everything that changes a relationship itself: its rhythm, and a member leaving a circle.
/// Closing is `RelationshipClosure`; the closing reflection is `ClosingService`.
struct RelationshipService {
    let context: ServiceContext

    /// The pair agrees on a cadence; the next check-in date follows from it.
    func setRhythm(_ draft: CadenceDraft, of r: Relationship) async throws {
        try r.requireActive()
        let rhythm = try draft.validate()
        r.cadence = rhythm.cadence
        r.cadenceDays = rhythm.cadence == .custom ? rhythm.customDays : nil
        try await r.save(on: context.db)
    }

    /// What leaving would do for the actor, or the reason they cannot leave.
    func leaveOutcome(_ r: Relationship) throws -> CircleRules.LeaveOutcome {
        try r.requireActive()
        guard let userID = context.actor.id, let role = r.role(of: userID) else { throw AccessError.notFound(.relationship) }
        return try CircleRules.leave(type: r.programme.type, role: role, activeRoles: r.members.map(\.role))
    }

    /// A mentee leaving a group circle, or a peer leaving a trio: their membership ends, the seat
    /// held for them is given back, and the others carry on. The last mentee leaving closes the circle.
    @discardableResult
    func leave(_ r: Relationship) async throws -> CircleRules.LeaveOutcome {
        let user = context.actor
        let rid = try r.requireID()
        let userID = try user.requireID()
        // Fails fast, before the transaction, for a mentor or a pair.
        _ = try leaveOutcome(r)
        return try await RelationshipClosure(context: context).transaction { tx in
            // The first statement writes the relationship row: it takes SQLite's write lock and
            // PostgreSQL's row lock, so leaves and closes of one circle take turns, and every read
            // below sees what the previous one left.
            let active = try await (tx as! any SQLDatabase).raw("""
                UPDATE relationships SET status = status WHERE id = \(bind: rid) AND status = 'active' RETURNING id
                """).first()
            guard active != nil else { throw RelationshipError.archived }
            let members = try await Membership.ledger(of: rid, on: tx)
            guard let me = members.first(where: { $0.userID == userID && $0.isActive }) else { throw AccessError.notFound(.relationship) }
            let outcome = try CircleRules.leave(type: r.programme.type, role: me.role, activeRoles: members.filter(\.isActive).map(\.role))
            try await SeatRelease.releaseLeaver(userID, from: r, members: members, on: tx)
            try await RelationshipMember.query(on: tx).filter(\.$relationship.$id == rid).filter(\.$user.$id == userID)
                .set(\.$leftAt, to: Date()).update()
            try await Audit.record("relationship.left", organisationID: user.organisationID, actorID: userID,
                                   target: "relationship", targetID: rid, on: tx)
            if outcome == .closes {
                try await RelationshipClosure.close(r, by: user, on: tx)
            }
            return outcome
        }
    }
}
