import Fluent
import TandemCore
import Vapor

/// Every read of profiles.
enum ProfileQueries {
    static func profile(of user: User, on db: any Database) async throws -> Profile {
        if let existing = try await Profile.query(on: db).filter(\.$userID == user.requireID()).first() {
            return existing
        }
        // Accounts always get a profile, but heal rather than fail if one is missing.
        let org = try await Organisation.find(user.organisationID, on: db)
        let profile = Profile(organisationID: user.organisationID, userID: try user.requireID(), timeZone: org?.timeZone ?? "UTC")
        try await profile.save(on: db)
        return profile
    }

    /// Someone of the viewer's organisation, whose profile to show; 404 otherwise.
    static func person(_ id: UUID, for viewer: User, on db: any Database) async throws -> User {
        guard let user = try await User.query(on: db).filter(\.$id == id)
            .filter(\.$organisationID == viewer.organisationID).first()
        else { throw AccessError.notFound(.profile) }
        return user
    }
}
