import Vapor

struct SignInForm: Content {
    var email: String?
    var password: String?
}

struct SignInContext: Encodable {
    let chrome: PageChrome
    let email: String
    let next: String
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

struct SignUpContext: Encodable {
    let chrome: PageChrome
    let values: SignUpForm
    let errors: [String: String]
    let closed: Bool
}

struct JoinForm: Content {
    var name: String?
    var password: String?
}

struct JoinContext: Encodable {
    let chrome: PageChrome
    let organisationName: String
    let email: String
    let token: String
    let name: String
    let errors: [String: String]
}

extension Request {
    /// A `next` target is followed only if it stays on this site.
    func safeNext(_ raw: String?) -> String {
        guard let raw, raw.hasPrefix("/"), !raw.hasPrefix("//"), !raw.contains("\\") else { return "/" }
        return raw
    }
}
