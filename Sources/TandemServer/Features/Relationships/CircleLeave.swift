import Fluent
import Foundation
import SQLKit
import TandemCore
import Vapor

/// A mentee leaving a group circle, or a peer leaving a trio: their membership ends, the seat
/// held for them is given back, and the others carry on. The last mentee leaving closes the circle.
enum CircleLeave {
    @discardableResult
    static func leave(_ r: Relationship, user: User, on db: any Database) async throws -> CircleRules.LeaveOutcome {
        try r.requireActive()
        let rid = try r.requireID()
        let userID = try user.requireID()
        guard let role = r.role(of: userID) else { throw AccessError.notFound(.relationship) }
        // Fails fast, before the transaction, for a mentor or a pair.
        _ = try CircleRules.leave(type: r.programme.type, role: role, activeRoles: r.members.map(\.role))
        return try await db.transaction { tx in
            // The first statement writes the relationship row: it takes SQLite's write lock and
            // PostgreSQL's row lock, so leaves and closes of one circle take turns, and every read
            // below sees what the previous one left.
            let active = try await (tx as! any SQLDatabase).raw("""
                UPDATE relationships SET status = status WHERE id = \(bind: rid) AND status = 'active' RETURNING id
                """).first()
            guard active != nil else { throw AppError.conflict("relationship.archived", "This relationship is archived and read-only.") }
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
