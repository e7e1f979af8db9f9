import Fluent
import Foundation
import TandemCore

/// Which records live under a relationship: each lookup checks both ids, so a guessed id from
/// another relationship is a 404.
enum WorkspaceLookup {
    static func goal(_ id: UUID?, in r: Relationship, on db: any Database) async throws -> Goal {
        guard let id, let goal = try await Goal.query(on: db).filter(\.$id == id)
            .filter(\.$relationship.$id == r.requireID()).first()
        else { throw AccessError.notFound(.goal) }
        return goal
    }

    static func meeting(_ id: UUID?, in r: Relationship, on db: any Database) async throws -> Meeting {
        guard let id, let meeting = try await Meeting.query(on: db).filter(\.$id == id)
            .filter(\.$relationshipID == r.requireID()).first()
        else { throw AccessError.notFound(.meeting) }
        return meeting
    }
}
