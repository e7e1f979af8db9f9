import Fluent
import TandemCore
import Vapor

/// Every read of programmes, for the programme pages, the API and the features inside a programme.
enum ProgrammeQueries {
    /// A programme of the user's organisation, or 404: another organisation's id never leaks.
    static func find(_ id: UUID?, for user: User, on db: any Database) async throws -> Programme {
        guard let id,
              let programme = try await Programme.query(on: db)
                .filter(\.$id == id).filter(\.$organisationID == user.organisationID).first()
        else { throw AccessError.notFound(.programme) }
        return programme
    }

    static func list(for user: User, includeArchived: Bool, on db: any Database) async throws -> [Programme] {
        var query = Programme.query(on: db).filter(\.$organisationID == user.organisationID)
        if !includeArchived { query = query.filter(\.$archivedAt == nil) }
        return try await query.sort(\.$name).sort(\.$id).limit(500).all()
    }

    /// A relationship of `programme`, with its current members, for an admin; 404 otherwise.
    static func relationship(_ id: UUID?, of programme: Programme, for admin: User, on db: any Database) async throws -> Relationship {
        guard let id,
              let r = try await Relationship.query(on: db).filter(\.$id == id)
                .filter(\.$programme.$id == programme.requireID()).filter(\.$organisationID == admin.organisationID)
                .with(\.$programme).with(\.$members) { $0.with(\.$user) }.first()
        else { throw AccessError.notFound(.relationship) }
        return r.withoutLeftMembers()
    }

    static func timeZone(of user: User, on db: any Database) async throws -> TimeZone {
        let org = try await Organisation.find(user.organisationID, on: db)
        return TimeZone(identifier: org?.timeZone ?? "UTC") ?? .gmt
    }
}
