import Fluent
import TandemCore
import Vapor

/// Forgot password: a single-use link, valid for an hour, sent through the outbox.
enum PasswordResetController {
    static func register(_ app: Application) {
        app.get("forgot-password", use: showForgot)
        app.post("forgot-password", use: submitForgot)
        app.get("reset-password", ":token", use: showReset)
        app.post("reset-password", ":token", use: submitReset)
    }

    @Sendable static func showForgot(req: Request) async throws -> View {
        try await req.view.render("account/forgot-password", ForgotPasswordContext(
            chrome: PageChrome(request: req, title: "Forgot your password?"), email: "", sent: false, error: nil))
    }

    @Sendable static func submitForgot(req: Request) async throws -> Response {
        let form = try req.content.decode(PasswordForm.self)
        let typed = (form.email ?? "").trimmingCharacters(in: .whitespaces)
        guard let email = Email.normalise(typed) else {
            return try await req.page("account/forgot-password", ForgotPasswordContext(
                chrome: PageChrome(request: req, title: "Forgot your password?"), email: typed, sent: false,
                error: "Enter the email address you sign in with."), status: .unprocessableEntity)
        }
        // The answer is the same either way, so a limit says nothing about who has an account.
        if try await PasswordResetQueries.mayRequest(email: email, request: req) {
            try await PasswordResetQueries.request(email: email, request: req)
        }
        return try await req.view.render("account/forgot-password", ForgotPasswordContext(
            chrome: PageChrome(request: req, title: "Check your email"), email: typed, sent: true, error: nil
        )).encodeResponse(for: req)
    }

    @Sendable static func showReset(req: Request) async throws -> View {
        let token = req.parameters.get("token") ?? ""
        let (_, user) = try await PasswordResetQueries.valid(token: token, request: req)
        return try await req.view.render("account/reset-password", ResetPasswordContext(
            chrome: PageChrome(request: req, title: "Choose a new password"), token: token, email: user.email, error: nil))
    }

    @Sendable static func submitReset(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let (reset, user) = try await PasswordResetQueries.valid(token: token, request: req)
        let password = try req.content.decode(PasswordForm.self).password ?? ""
        if let problem = PasswordPolicy.validate(password) {
            return try await req.page("account/reset-password", ResetPasswordContext(
                chrome: PageChrome(request: req, title: "Choose a new password"), token: token, email: user.email, error: problem.message), status: .unprocessableEntity)
        }
        try await PasswordResetQueries.complete(reset, user: user, password: password, request: req)
        return req.redirect(to: "/sign-in?notice=password-reset")
    }
}
