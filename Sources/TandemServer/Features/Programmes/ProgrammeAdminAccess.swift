import Foundation
import TandemCore

/// "Programme admins" (RULES.md "Roles"): the organisation's admins today. Coordinators, once
/// they exist, are let in here and nowhere else.
extension ServiceContext {
    /// The programme, if the actor may run it: 404 for another organisation's, 403 for a participant.
    func programmeAdmin(of id: UUID?) async throws -> Programme {
        let programme = try await ProgrammeQueries.find(id, for: actor, on: db)
        _ = try requireAdmin()
        return programme
    }

    /// The actor, if they are an admin of their organisation; 403 otherwise.
    func requireAdmin() throws -> User {
        guard actor.isAdmin else { throw AccessError.forbidden }
        return actor
    }
}
