import Vapor

struct JoinForm: Content {
    var name: String?
    var password: String?
}

struct JoinContext: Encodable {
    let chrome: PageChrome
    let organisationName: String
    let email: String
    let token: String
    let name: String
    let errors: [String: String]
}
