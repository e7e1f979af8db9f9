import TandemCore
import Vapor

extension JobError: TandemError {
    var status: HTTPResponseStatus { .conflict }
}
