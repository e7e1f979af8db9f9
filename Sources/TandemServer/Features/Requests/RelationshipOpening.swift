import Fluent
import Foundation
import TandemCore

/// The relationship an accepted pair lands in, for requests and match approvals alike.
enum RelationshipOpening {
    /// A group programme's mentor has one circle; every accepted mentee joins it. Other types
    /// get a new relationship with the mentor (or offering peer) as its first member.
    static func relationship(programme: Programme, mentorID: UUID, orgID: UUID, on db: any Database) async throws -> UUID {
        let programmeID = try programme.requireID()
        if programme.type == .group,
           let circle = try await RelationshipMember.query(on: db)
            .join(Relationship.self, on: \RelationshipMember.$relationship.$id == \Relationship.$id)
            .filter(\.$user.$id == mentorID).filter(\.$role == .mentor)
            .filter(Relationship.self, \.$programme.$id == programmeID).filter(Relationship.self, \.$status == .active)
            .first()
        {
            return circle.$relationship.id
        }
        let relationship = Relationship(organisationID: orgID, programmeID: programmeID, startedAt: Date())
        relationship.cadence = .fortnightly
        try await relationship.save(on: db)
        let id = try relationship.requireID()
        let (_, offered) = RequestRoles.roles(for: programme.type)
        try await RelationshipMember(organisationID: orgID, relationshipID: id, userID: mentorID, role: offered).save(on: db)
        return id
    }
}
