import Fluent
import TandemCore
import Vapor

/// The "ask this mentor" form: a message and what the mentee hopes to learn.
enum RequestFormController {
    static func register(_ app: Application) {
        app.get("programmes", ":programmeID", "mentors", ":mentorID", "request", use: show)
        app.post("programmes", ":programmeID", "mentors", ":mentorID", "request", use: submit)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (programme, mentor, profile) = try await load(req, user: user)
        return try await render(req, programme: programme, mentor: mentor, profile: profile, form: RequestForm(), errors: [:])
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let service = RequestService(context: try req.serviceContext())
        let (programme, mentor, profile) = try await load(req, user: service.context.actor)
        let form = try req.content.decode(RequestForm.self)
        do {
            _ = try await service.send(MentorRequestDraft(message: form.message ?? "", hopes: form.hopes ?? ""), to: mentor.id, in: programme)
            return req.redirect(to: "/requests?notice=request-sent")
        } catch let failure as ValidationFailure {
            return try await render(req, programme: programme, mentor: mentor, profile: profile, form: form, errors: failure.byField, status: .unprocessableEntity)
        } catch let error as any TandemError {
            return try await render(req, programme: programme, mentor: mentor, profile: profile, form: form,
                                    errors: ["form": error.message], status: error.status)
        }
    }

    static func load(_ req: Request, user: User) async throws -> (Programme, User, Profile) {
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: user, on: req.db)
        let mentor = try await RequestQueries.mentor(req.parameters.get("mentorID", as: UUID.self), for: user, on: req.db)
        return (programme, mentor, try await ProfileQueries.profile(of: mentor, on: req.db))
    }

    static func render(_ req: Request, programme: Programme, mentor: User, profile: Profile, form: RequestForm,
                       errors: [String: String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let programmeID = try programme.requireID()
        let context = RequestFormContext(
            chrome: PageChrome(request: req, title: "Request \(mentor.name)", section: "programmes"),
            programmeID: programmeID.uuidString, programmeName: programme.name,
            mentorName: mentor.name, mentorTitle: profile.title, mentorSkills: profile.skillsOffered.isEmpty ? nil : profile.skillsOffered,
            action: "/programmes/\(programmeID)/mentors/\(try mentor.requireID())/request",
            message: form.message ?? "", hopes: form.hopes ?? "", errors: errors
        )
        return try await req.page("requests/new", context, status: status)
    }
}
