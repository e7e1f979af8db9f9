import Fluent
import TandemCore
import Vapor

/// An invited person sets their name and password and joins the organisation.
enum JoinController {
    static func register(_ app: Application) {
        app.get("invitations", ":token", use: show)
        app.post("invitations", ":token", use: submit)
    }

    static func pendingInvitation(_ req: Request) async throws -> (Invitation, Organisation) {
        try await InvitationQueries.pending(token: req.parameters.get("token") ?? "", secret: req.application.settings.secret, on: req.db)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (invitation, org) = try await pendingInvitation(req)
        return try await req.view.render("invitations/join", JoinContext(
            chrome: PageChrome(request: req, title: "Join \(org.name)"), organisationName: org.name,
            email: invitation.email, token: req.parameters.get("token") ?? "", name: "", errors: [:]
        ))
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let (invitation, org) = try await pendingInvitation(req)
        let form = try req.content.decode(JoinForm.self)
        let name = (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [String: String] = [:]
        if let problem = SignUpDraft.nameProblem(name) { errors["name"] = problem.message }
        if let problem = PasswordPolicy.validate(form.password ?? "") { errors["password"] = problem.message }
        guard errors.isEmpty else {
            return try await req.page("invitations/join", JoinContext(
                chrome: PageChrome(request: req, title: "Join \(org.name)"), organisationName: org.name,
                email: invitation.email, token: req.parameters.get("token") ?? "", name: name, errors: errors
            ), status: .unprocessableEntity)
        }
        let hash = try await req.passwordHashing.hash(form.password ?? "")
        let user = try await InvitationService.accept(invitation, org: org, name: name, passwordHash: hash, on: req.db)
        let response = req.redirect(to: "/?notice=welcome")
        try await SessionStore.signIn(user, request: req, response: response)
        return response
    }
}
