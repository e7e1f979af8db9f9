import TandemCore
import Vapor

extension EnrolmentError: TandemError {
    var status: HTTPResponseStatus {
        switch self {
        case .roleNotAllowed: .unprocessableEntity
        case .closed, .alreadyEnrolled, .required: .conflict
        case .notEnrolled: .notFound
        }
    }
}
