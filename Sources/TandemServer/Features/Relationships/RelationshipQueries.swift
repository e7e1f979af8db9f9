import TandemCore
import Fluent
import Vapor

enum RelationshipQueries {
    /// A relationship the user is a member of, or 404: non-members learn nothing about it. A
    /// member who left a circle is no longer a member; `members` holds only those still in it.
    static func find(_ id: UUID?, for user: User, on db: any Database) async throws -> Relationship {
        guard let id,
              let relationship = try await Relationship.query(on: db)
                .filter(\.$id == id).filter(\.$organisationID == user.organisationID)
                .with(\.$programme).with(\.$members) { $0.with(\.$user) }.first(),
              relationship.members.contains(where: { $0.$user.id == user.id && $0.leftAt == nil })
        else { throw AccessError.notFound(.relationship) }
        return relationship.withoutLeftMembers()
    }

    /// The user's relationships with every member and the programme, in a fixed number of queries.
    static func list(for user: User, status: [String] = ["active", "closed"], on db: any Database) async throws -> [Relationship] {
        let ids = try await RelationshipMember.query(on: db)
            .filter(\.$user.$id == user.requireID()).filter(\.$leftAt == nil).all(\.$relationship.$id)
        guard !ids.isEmpty else { return [] }
        return try await Relationship.query(on: db)
            .filter(\.$id ~~ ids).filter(\.$organisationID == user.organisationID)
            .with(\.$programme).with(\.$members) { $0.with(\.$user) }
            .sort(\.$startedAt, .descending).all()
            .map { $0.withoutLeftMembers() }
    }
}

extension Relationship {
    /// Drops members who left a circle from the loaded `members`, so partners, action owners,
    /// calendar titles and the API list only the people still in it.
    func withoutLeftMembers() -> Relationship {
        $members.value = members.filter { $0.leftAt == nil }
        return self
    }
}
