import Fluent
import TandemCore
import Vapor

enum SignUpQueries {
    static func createOrganisation(_ valid: ValidSignUp, request: Request) async throws -> User {
        let hash = try await request.passwordHashing.hash(valid.password)
        let slug = try await uniqueSlug(for: valid.organisationName, on: request.db)
        return try await request.db.transaction { db in
            let org = Organisation(name: valid.organisationName, slug: slug, timeZone: valid.timeZone)
            try await org.save(on: db)
            let orgID = try org.requireID()
            let user = User(organisationID: orgID, email: valid.email, name: valid.name, passwordHash: hash, role: .admin)
            try await user.save(on: db)
            try await Profile(organisationID: orgID, userID: try user.requireID(), timeZone: valid.timeZone).save(on: db)
            try await Audit.record("organisation.created", organisationID: orgID, actorID: user.id,
                                   target: "organisation", targetID: orgID, details: valid.organisationName, on: db)
            return user
        }
    }

    /// Whether any organisation exists yet: the first sign-up creates one.
    static func anyOrganisation(on db: any Database) async throws -> Bool {
        try await Organisation.query(on: db).count() > 0
    }

    static func uniqueSlug(for name: String, on db: any Database) async throws -> String {
        let base = Slug.make(from: name)
        var candidate = base
        var n = 2
        while try await Organisation.query(on: db).filter(\.$slug == candidate).count() > 0 {
            candidate = "\(base)-\(n)"
            n += 1
        }
        return candidate
    }
}
