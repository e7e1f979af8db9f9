import Fluent
import TandemCore

/// Everything that changes someone's enrolments: enrolling in a role and leaving it, with the
/// programme's rules and the scores both change.
struct EnrolmentService {
    let context: ServiceContext

    /// Enrols the actor in `programme` in the role they chose, with answers to its questions.
    /// A role that is not one of mentor, mentee or peer is a field error on `role`.
    func enrol(in programme: Programme, as rawRole: String?, answers: [String]) async throws -> Enrolment {
        guard let role = EnrolmentRole(rawValue: rawRole ?? "") else {
            throw ValidationFailure([FieldError(field: "role", .invalid, message: "Choose how you want to take part: mentor, mentee or peer.")])
        }
        let enrolment = try await EnrolmentQueries.enrol(context.actor, in: programme, role: role, answers: answers, on: context.db)
        await context.effects.scoresChanged()
        return enrolment
    }

    /// The actor leaves `role` in `programme`; their pending requests there end with it.
    /// An unknown role is not one they hold: `enrolment.not_found`.
    func leave(_ programme: Programme, role rawRole: String?) async throws {
        guard let role = EnrolmentRole(rawValue: rawRole ?? "") else { throw EnrolmentError.notEnrolled }
        try await EnrolmentQueries.leave(context.actor, programme: programme, role: role, on: context.db)
        await context.effects.scoresChanged()
    }

    /// The actor's enrolments in `programme`, in every state.
    func mine(in programme: Programme) async throws -> [Enrolment] {
        try await EnrolmentQueries.all(of: context.actor, in: programme, on: context.db)
    }
}
