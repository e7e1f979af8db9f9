import TandemCore
import Vapor

extension ReflectionError: TandemError {
    var status: HTTPResponseStatus { .conflict }
}
