import Vapor

struct MentorBrowseContext: Encodable {
    struct Card: Encodable {
        let userID: String
        let name: String
        let title: String
        let department: String
        let seniority: String
        let languages: String
        let skills: String
        let bio: String
        let seatsLeft: Int
        let available: Bool
        let unavailableReason: String
        let requestURL: String
    }
    let chrome: PageChrome
    let programmeID: String
    let programmeName: String
    let heading: String
    let canRequest: Bool
    let cards: [Card]
    let skill: String
    let department: String
    let language: String
    let departments: [Choice]
    let nextURL: String?
    let filtered: Bool
}
