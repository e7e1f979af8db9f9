import TandemCore
import Vapor

extension MatchRunError: TandemError {
    var status: HTTPResponseStatus { .conflict }
}
