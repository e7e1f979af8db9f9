import Fluent
import Foundation
import SQLKit
import TandemCore

/// Archiving a relationship, shared by the closing reflection, the last mentee leaving a circle
/// and an admin's close. Closing gives seats back, so the cached scores are dropped after commit.
struct RelationshipClosure {
    let context: ServiceContext

    /// Runs `work`, which closes through `close(_:by:on:)` along the way (a closing reflection,
    /// a circle leave, an admin's close), in one transaction; after commit, drops the cached
    /// scores, because seats were given back.
    func transaction<T: Sendable>(_ work: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        let result = try await context.db.transaction(work)
        await context.effects.scoresChanged()
        return result
    }

    /// Archives the relationship if it is still active. One conditional UPDATE decides: when both
    /// members close at the same moment only one of them gets a row back, and only that one
    /// cancels the meetings and gives the seats back. Run inside `transaction`. `actor` is nil when
    /// the programme's end archives it.
    /// - Returns: whether this call closed it (false: someone else already had).
    @discardableResult
    static func close(_ r: Relationship, by actor: User?, on tx: any Database) async throws -> Bool {
        let rid = try r.requireID()
        let now = Date()
        let closed = try await (tx as! any SQLDatabase).raw("""
            UPDATE relationships SET status = 'closed', closed_at = \(bind: now)
            WHERE id = \(bind: rid) AND status = 'active' RETURNING id
            """).first()
        r.status = .closed
        guard closed != nil else { return false }
        r.closedAt = now
        try await MeetingClosure.cancelUpcoming(in: rid, on: tx)
        try await SeatRelease.release(r, on: tx)
        try await Audit.record("relationship.closed", organisationID: r.organisationID, actorID: actor?.id,
                               target: "relationship", targetID: rid, on: tx)
        return true
    }

    /// Who may close the whole relationship while it is active: in a circle, only the mentor.
    static func requireMayClose(_ r: Relationship, user: User) throws {
        guard r.status == .active, let userID = user.id, let role = r.role(of: userID) else { return }
        try CircleRules.requireMayClose(type: r.programme.type, role: role, activeMembers: r.members.count)
    }
}
