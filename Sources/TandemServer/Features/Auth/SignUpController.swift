import Fluent
import TandemCore
import Vapor

/// The first person creates the organisation and becomes its admin. After that, people join
/// by invitation, unless ALLOW_NEW_ORGS lets others create organisations of their own.
enum SignUpController {
    static func register(_ app: Application) {
        app.get("sign-up", use: show)
        app.post("sign-up", use: submit)
    }

    static func isOpen(_ req: Request) async throws -> Bool {
        if req.application.settings.allowNewOrganisations { return true }
        return try await !SignUpQueries.anyOrganisation(on: req.db)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let values = SignUpForm(time_zone: "UTC")
        return try await req.view.render("auth/sign-up", SignUpContext(
            chrome: PageChrome(request: req, title: "Create your organisation"),
            values: values, errors: [:], closed: !(try await isOpen(req))
        ))
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        guard try await isOpen(req) else {
            throw AccountError.signUpClosed
        }
        let form = try req.content.decode(SignUpForm.self)
        do {
            let valid = try form.draft.validate()
            let user = try await SignUpQueries.createOrganisation(valid, request: req)
            let response = req.redirect(to: "/?notice=welcome")
            try await SessionStore.signIn(user, request: req, response: response)
            return response
        } catch let failure as ValidationFailure {
            var values = form
            values.password = nil
            return try await req.page("auth/sign-up", SignUpContext(
                chrome: PageChrome(request: req, title: "Create your organisation"),
                values: values, errors: failure.byField, closed: false
            ), status: .unprocessableEntity)
        }
    }
}

extension ValidationFailure {
    /// Field → message, for templates.
    var byField: [String: String] {
        var map: [String: String] = [:]
        for field in fields where map[field.field] == nil { map[field.field] = field.message }
        return map
    }
}
