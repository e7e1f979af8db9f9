import Fluent
import Foundation
import TandemCore
import Vapor

extension Request {
    /// The signed-in member and the relationship named by `:relationshipID`; 404 for anyone
    /// else, including other organisations.
    func memberRelationship() async throws -> (user: User, relationship: Relationship) {
        let user = try requireUser()
        let r = try await RelationshipQueries.find(parameters.get("relationshipID", as: UUID.self), for: user, on: db)
        return (user, r)
    }
}

extension Relationship {
    /// Archived relationships are read-only; only closing reflections may still be added.
    func requireActive() throws(RelationshipError) {
        if status == .closed { throw .archived }
    }

    var memberIDs: [UUID] { members.map { $0.$user.id } }

    func role(of userID: UUID) -> EnrolmentRole? {
        members.first { $0.$user.id == userID }?.role
    }
}
