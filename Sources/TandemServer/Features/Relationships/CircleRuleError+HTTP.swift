import TandemCore
import Vapor

extension CircleRuleError: TandemError {
    var status: HTTPResponseStatus { isRoleFailure ? .forbidden : .conflict }
}
