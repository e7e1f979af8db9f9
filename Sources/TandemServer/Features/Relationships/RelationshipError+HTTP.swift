import TandemCore
import Vapor

extension RelationshipError: TandemError {
    var status: HTTPResponseStatus { .conflict }
}
