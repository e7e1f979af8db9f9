import Vapor

struct ForgotPasswordContext: Encodable {
    let chrome: PageChrome
    let email: String
    let sent: Bool
    let error: String?
}

struct ResetPasswordContext: Encodable {
    let chrome: PageChrome
    let token: String
    let email: String
    let error: String?
}

struct ChangePasswordContext: Encodable {
    let chrome: PageChrome
    let errors: [String: String]
}

struct PasswordForm: Content {
    var email: String?
    var password: String?
    var current_password: String?
    var new_password: String?
}
