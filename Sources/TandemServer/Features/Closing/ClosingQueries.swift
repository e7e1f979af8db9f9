import Fluent
import Foundation
import TandemCore

enum ClosingQueries {
    /// Whether `user` has written their closing reflection for `r`.
    static func hasReflected(_ user: User, in r: Relationship, on db: any Database) async throws -> Bool {
        try await Reflection.query(on: db).filter(\.$relationshipID == r.requireID())
            .filter(\.$userID == user.requireID()).first() != nil
    }
}
