import Vapor

struct PersonForm: Content {
    var role: String?
    var manager_id: String?
    var is_active: String?
}

struct PeopleContext: Encodable {
    struct Row: Encodable {
        let id: String
        let name: String
        let email: String
        let role: String
        let isActive: Bool
        let managerName: String
        let department: String
    }
    let chrome: PageChrome
    let rows: [Row]
    let nextCursor: String?
    let total: Int
}

struct PersonEditContext: Encodable {
    struct Option: Encodable {
        let id: String
        let name: String
        let selected: Bool
    }
    let chrome: PageChrome
    let id: String
    let name: String
    let email: String
    let roles: [Choice]
    let isActive: Bool
    let managers: [Option]
    let errors: [String: String]
}
