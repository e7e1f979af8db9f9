import Fluent
import TandemCore
import Vapor

enum ProfileController {
    static func register(_ app: Application) {
        app.get("profile", use: show)
        app.post("profile", use: update)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let service = ProfileService(context: try req.serviceContext())
        let profile = try await service.mine()
        return try await render(req, values: ProfileForm(user: service.context.actor, profile: profile), seatsUsed: profile.mentorSeatsUsed, errors: [:])
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let service = ProfileService(context: try req.serviceContext())
        let form = try req.content.decode(ProfileForm.self)
        do {
            _ = try await service.save(form)
            return req.redirect(to: "/profile?notice=profile-saved")
        } catch let failure as ValidationFailure {
            let profile = try await service.mine()
            return try await render(req, values: form, seatsUsed: profile.mentorSeatsUsed, errors: failure.byField, status: .unprocessableEntity)
        }
    }

    static func render(_ req: Request, values: ProfileForm, seatsUsed: Int, errors: [String: String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let chosen = Set(values.motivators ?? [])
        let context = ProfileContext(
            chrome: PageChrome(request: req, title: "Your profile", section: "profile"),
            values: values,
            motivators: Motivator.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: chosen.contains($0.rawValue)) },
            styles: Choice.list(CommunicationStyle.self, selected: values.communication_style) { $0.label },
            meetings: Choice.list(MeetingPreference.self, selected: values.meeting_preference) { $0.label },
            seniorityNames: SeniorityLevel.all.map { "\($0.value) \($0.name)" }.joined(separator: ", "),
            seatsUsed: seatsUsed, errors: errors
        )
        return try await req.page("profiles/edit", context, status: status)
    }
}
