import Fluent
import Foundation
import TandemCore
import Vapor

/// An admin closes a relationship (a pair, a trio or a whole circle) of a programme in their
/// organisation: the same conditional close and exactly-once seat release the members use,
/// plus an audit entry with the admin's reason.
enum AdminRelationshipClose {
    /// The admin, and the relationship of the programme in the path: another organisation's
    /// ids answer 404, and a non-admin of the same organisation 403.
    static func target(_ req: Request) async throws -> (admin: User, relationship: Relationship) {
        let user = try req.requireUser()
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: user, on: req.db)
        let admin = try req.requireAdmin()
        guard let id = req.parameters.get("relationshipID", as: UUID.self),
              let r = try await Relationship.query(on: req.db).filter(\.$id == id)
                .filter(\.$programme.$id == programme.requireID()).filter(\.$organisationID == admin.organisationID)
                .with(\.$programme).with(\.$members) { $0.with(\.$user) }.first()
        else { throw AccessError.notFound(.relationship) }
        return (admin, r.withoutLeftMembers())
    }

    /// Closes `r` if it is still active. - Returns: whether this call closed it.
    @discardableResult
    static func close(_ r: Relationship, reason: String, by admin: User, on db: any Database) async throws -> Bool {
        try await db.transaction { tx in
            // The conditional UPDATE is the first statement, so on SQLite it takes the write lock.
            guard try await RelationshipClosure.close(r, by: admin, on: tx) else { return false }
            try await Audit.record("relationship.closed_by_admin", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "relationship", targetID: r.id, details: reason, on: tx)
            return true
        }
    }
}
