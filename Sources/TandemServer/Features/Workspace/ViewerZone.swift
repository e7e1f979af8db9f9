import Fluent
import Foundation
import TandemCore

/// The zone a person reads times in: their profile's, else their organisation's.
enum ViewerZone {
    static func of(_ user: User, profile: Profile?, on db: any Database) async throws -> TimeZone {
        if let id = profile?.timeZone, let zone = TimeZone(identifier: id) { return zone }
        return try await ProgrammeQueries.timeZone(of: user, on: db)
    }

    static func of(_ user: User, on db: any Database) async throws -> TimeZone {
        let profile = try await Profile.query(on: db).filter(\.$userID == user.requireID()).first()
        return try await of(user, profile: profile, on: db)
    }
}
