import TandemCore
import Vapor

extension GoalError: TandemError {
    var status: HTTPResponseStatus { .forbidden }
}
