import TandemCore
import Vapor

extension RequestRuleError: TandemError {
    var status: HTTPResponseStatus {
        switch self {
        case .selfRequest: .unprocessableEntity
        default: .conflict
        }
    }
}
