import Fluent
import TandemCore
import Vapor

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

    /// Validates and saves; a capacity below the seats already taken is refused.
    static func save(_ form: ProfileForm, for user: User, on db: any Database) async throws -> Profile {
        let profile = try await profile(of: user, on: db)
        var fields: [FieldError] = []
        var valid: ValidProfile?
        do { valid = try form.draft.validate() } catch let failure as ValidationFailure { fields = failure.fields }
        if let valid, valid.mentorCapacity < profile.mentorSeatsUsed {
            fields.append(FieldError(field: "mentor_capacity", code: "below_used",
                                     message: "You already mentor \(profile.mentorSeatsUsed) people. Choose at least \(profile.mentorSeatsUsed)."))
        }
        guard fields.isEmpty, let valid else { throw ValidationFailure(fields) }
        try await db.transaction { db in
            user.name = valid.name
            try await user.save(on: db)
            profile.apply(valid)
            try await profile.save(on: db)
            try await Enrolment.query(on: db).filter(\.$user.$id == user.requireID())
                .set(\.$sortName, to: valid.name).update()
        }
        return profile
    }
}
