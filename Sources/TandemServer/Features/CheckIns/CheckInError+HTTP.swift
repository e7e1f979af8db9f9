import TandemCore
import Vapor

extension CheckInError: TandemError {
    var status: HTTPResponseStatus {
        switch self {
        case .alreadyLogged, .notHeld: .conflict
        case .ownCheckIn: .forbidden
        }
    }
}
