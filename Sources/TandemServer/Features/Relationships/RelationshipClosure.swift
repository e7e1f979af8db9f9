import Fluent
import Foundation
import SQLKit
import TandemCore
import Vapor

extension CircleRuleError: TandemError {
    var status: HTTPResponseStatus { isRoleFailure ? .forbidden : .conflict }
}

/// Archiving a relationship, shared by the closing reflection and the last mentee leaving a circle.
enum RelationshipClosure {
    /// Archives the relationship if it is still active. One conditional UPDATE decides: when both
    /// members close at the same moment only one of them gets a row back, and only that one
    /// cancels the meetings and gives the seats back. Run inside a transaction.
    /// - Returns: whether this call closed it (false: someone else already had).
    @discardableResult
    static func close(_ r: Relationship, by actor: User, on tx: any Database) async throws -> Bool {
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
        try await Audit.record("relationship.closed", organisationID: actor.organisationID, actorID: actor.id,
                               target: "relationship", targetID: rid, on: tx)
        return true
    }

    /// Who may close the whole relationship while it is active: in a circle, only the mentor.
    static func requireMayClose(_ r: Relationship, user: User) throws {
        guard r.status == .active, let userID = user.id, let role = r.role(of: userID) else { return }
        try CircleRules.requireMayClose(type: r.programme.type, role: role, activeMembers: r.members.count)
    }
}

enum MeetingClosure {
    /// Meetings still to come are cancelled, so calendars drop them (STATUS:CANCELLED).
    static func cancelUpcoming(in relationshipID: UUID, on db: any Database) async throws {
        let upcoming = try await Meeting.query(on: db).filter(\.$relationshipID == relationshipID).filter(\.$status == .scheduled).all()
        for meeting in upcoming {
            meeting.cancel()
            try await meeting.save(on: db)
        }
    }
}
