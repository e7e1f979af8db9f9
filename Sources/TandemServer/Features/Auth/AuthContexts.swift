import TandemCore
import Vapor

struct SignInForm: Content {
    var email: String?
    var password: String?
}

struct SignInContext: Encodable {
    let chrome: PageChrome
    let email: String
    /// Carries `next` percent-encoded, so no value can break out of the query string.
    let formAction: String
    let error: String?
    let canSignUp: Bool
}

struct SignUpForm: Content {
    var organisation_name: String?
    var name: String?
    var email: String?
    var password: String?
    var time_zone: String?
}

extension SignUpForm {
    var draft: SignUpDraft {
        SignUpDraft(organisationName: organisation_name ?? "", name: name ?? "", email: email ?? "",
                    password: password ?? "", timeZone: time_zone ?? "UTC")
    }
}

struct SignUpContext: Encodable {
    let chrome: PageChrome
    let values: SignUpForm
    let errors: [String: String]
    let closed: Bool
}
