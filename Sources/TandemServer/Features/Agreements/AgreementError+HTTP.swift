import TandemCore
import Vapor

extension AgreementError: TandemError {
    var status: HTTPResponseStatus {
        switch self {
        case .notProposed, .staleVersion: .conflict
        case .notMember: .notFound
        }
    }
}
