import Fluent
import TandemCore
import Vapor

/// Changing the password keeps this browser signed in, ends every other session and voids reset links.
enum ChangePasswordController {
    static func register(_ app: Application) {
        app.get("account", "password", use: show)
        app.post("account", "password", use: submit)
    }

    @Sendable static func show(req: Request) async throws -> View {
        _ = try req.requireUser()
        return try await req.view.render("account/change-password", ChangePasswordContext(
            chrome: PageChrome(request: req, title: "Change password", section: "profile"), errors: [:]))
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let service = AccountService(context: try req.serviceContext())
        let user = service.context.actor
        let form = try req.content.decode(PasswordForm.self)
        var errors: [String: String] = [:]
        if try await !req.passwordHashing.verify(form.current_password ?? "", created: user.passwordHash) {
            errors["current_password"] = "That is not your current password."
        }
        if let problem = PasswordPolicy.validate(form.new_password ?? "") { errors["new_password"] = problem.message }
        guard errors.isEmpty, let session = req.currentSession else {
            return try await req.page("account/change-password", ChangePasswordContext(
                chrome: PageChrome(request: req, title: "Change password", section: "profile"), errors: errors), status: .unprocessableEntity)
        }
        let hash = try await req.passwordHashing.hash(form.new_password ?? "")
        try await service.changePassword(toHash: hash, keeping: session.sessionID)
        return req.redirect(to: "/profile?notice=password-changed")
    }
}
