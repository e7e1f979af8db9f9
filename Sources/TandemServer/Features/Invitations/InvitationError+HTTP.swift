import TandemCore
import Vapor

extension InvitationError: TandemError {
    var status: HTTPResponseStatus {
        switch self {
        case .alreadyAccepted: .conflict
        case .unavailable: .gone
        }
    }
}
