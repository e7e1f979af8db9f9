import TandemCore
import Vapor

extension AccountError: TandemError {
    var status: HTTPResponseStatus {
        switch self {
        case .alreadyExists: .conflict
        case .signUpClosed: .forbidden
        case .resetLinkUnavailable: .gone
        }
    }
}
