import Foundation
import Fluent
import SQLKit
import TandemCore

/// Joining a relationship. The unique index allows one row per person, so someone who left a
/// circle and is matched into it again gets their old row back.
enum Membership {
    static func join(orgID: UUID, relationshipID: UUID, userID: UUID, role: EnrolmentRole, on db: any Database) async throws {
        let back = try await (db as! any SQLDatabase).raw("""
            UPDATE relationship_members SET left_at = NULL, role = \(bind: role.rawValue)
            WHERE relationship_id = \(bind: relationshipID) AND user_id = \(bind: userID) AND left_at IS NOT NULL
            RETURNING id
            """).first()
        if back == nil {
            try await RelationshipMember(organisationID: orgID, relationshipID: relationshipID, userID: userID, role: role).save(on: db)
        }
    }

    /// Every member, including those who left, in the order they joined.
    static func ledger(of relationshipID: UUID, on db: any Database) async throws -> [SeatLedger.Member] {
        try await RelationshipMember.query(on: db).filter(\.$relationship.$id == relationshipID)
            .sort(\.$joinedAt).all()
            .map { SeatLedger.Member(userID: $0.$user.id, role: $0.role, isActive: $0.leftAt == nil) }
    }
}
