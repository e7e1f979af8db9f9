import Fluent
import TandemCore
import Vapor

enum SignInController {
    static func register(_ app: Application) {
        app.get("sign-in", use: show)
        app.post("sign-in", use: submit)
        // The address people guess first.
        app.get("login") { req in req.redirect(to: "/sign-in", redirectType: .permanent) }
        app.post("sign-out", use: signOut)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        if req.currentUser != nil { return req.redirect(to: "/") }
        return try await render(req, email: "", error: nil, status: .ok)
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        let typed = (form.email ?? "").trimmingCharacters(in: .whitespaces)
        guard let email = Email.normalise(typed), let password = form.password, !password.isEmpty else {
            return try await render(req, email: typed, error: "Enter your email address and password.", status: .unprocessableEntity)
        }
        switch try await SignInQueries.authenticate(email: email, password: password, request: req) {
        case .success(let user, let device):
            let response = req.redirect(to: req.safeNext)
            try await SessionStore.signIn(user, request: req, response: response)
            KnownDevice.set(device, on: response, req)
            return response
        case .rateLimited:
            return try await render(req, email: typed, error: "Too many failed sign-ins, so signing in is paused for a few minutes. Wait, then try again, or reset your password with \"Forgot your password?\" below.", status: .tooManyRequests)
        case .invalid:
            return try await render(req, email: typed, error: "That email and password do not match an account.", status: .unprocessableEntity)
        }
    }

    @Sendable static func signOut(req: Request) async throws -> Response {
        let response = req.redirect(to: "/sign-in?notice=signed-out")
        try await SessionStore.signOut(request: req, response: response)
        return response
    }

    static func render(_ req: Request, email: String, error: String?, status: HTTPResponseStatus) async throws -> Response {
        let context = SignInContext(
            chrome: PageChrome(request: req, title: "Sign in"),
            email: email, formAction: SignInLink.path(next: req.safeNext), error: error,
            canSignUp: try await SignUpController.isOpen(req)
        )
        return try await req.page("auth/sign-in", context, status: status)
    }
}
