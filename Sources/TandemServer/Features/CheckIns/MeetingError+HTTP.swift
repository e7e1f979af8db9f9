import TandemCore
import Vapor

extension MeetingError: TandemError {
    var status: HTTPResponseStatus { .conflict }
}
