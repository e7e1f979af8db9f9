import Foundation
import TandemCore
import Vapor

struct InviteForm: Content {
    var email: String?
    var role: String?
}

struct InvitationsContext: Encodable {
    struct Row: Encodable {
        let id: String
        let email: String
        let role: String
        let state: String
        let isPending: Bool
        let canResend: Bool
        let created: String
    }
    let chrome: PageChrome
    let rows: [Row]
    let email: String
    let roles: [Choice]
    let errors: [String: String]
    let createdLink: String?
    let createdFor: String?
}
