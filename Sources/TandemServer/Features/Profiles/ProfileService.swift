import Fluent
import TandemCore

/// Everything that changes a profile: validation through Core, the seats rule, the save of the
/// person's name with it, and the scores a profile feeds.
struct ProfileService {
    let context: ServiceContext

    /// The actor's own profile (made if it is missing).
    func mine() async throws -> Profile {
        try await ProfileQueries.profile(of: context.actor, on: context.db)
    }

    /// Validates and saves the form; a capacity below the seats already taken is refused.
    func save(_ form: ProfileForm) async throws -> Profile {
        let user = context.actor
        let profile = try await mine()
        var fields: [FieldError] = []
        var valid: ValidProfile?
        do { valid = try form.draft.validate() } catch let failure as ValidationFailure { fields = failure.fields }
        if let valid, valid.mentorCapacity < profile.mentorSeatsUsed {
            fields.append(FieldError(field: "mentor_capacity", .belowUsed,
                                     message: "You already mentor \(profile.mentorSeatsUsed) people. Choose at least \(profile.mentorSeatsUsed)."))
        }
        guard fields.isEmpty, let valid else { throw ValidationFailure(fields) }
        try await context.db.transaction { db in
            user.name = valid.name
            try await user.save(on: db)
            profile.apply(valid)
            try await profile.save(on: db)
            try await Enrolment.query(on: db).filter(\.$user.$id == user.requireID())
                .set(\.$sortName, to: valid.name).update()
        }
        await context.effects.scoresChanged()
        return profile
    }

    /// The API sends a whole profile: its fields replace the saved ones, then as `save`.
    func replace(with draft: ProfileDraft) async throws -> Profile {
        var form = ProfileForm(user: context.actor, profile: try await mine())
        form.apply(draft)
        return try await save(form)
    }
}
