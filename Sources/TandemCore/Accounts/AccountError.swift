/// Why an account cannot be created or its password reset.
public enum AccountError: CodedError, Equatable, CaseIterable {
    case alreadyExists
    case signUpClosed
    case resetLinkUnavailable

    public var code: String {
        switch self {
        case .alreadyExists: "user.exists"
        case .signUpClosed: "signup.closed"
        case .resetLinkUnavailable: "password_reset.unavailable"
        }
    }

    public var message: String {
        switch self {
        case .alreadyExists: "An account with this email already exists. Sign in instead."
        case .signUpClosed: "Sign-up is closed. Ask an admin of your organisation for an invitation."
        case .resetLinkUnavailable: "This reset link has been used or has expired. Ask for a new one."
        }
    }
}
