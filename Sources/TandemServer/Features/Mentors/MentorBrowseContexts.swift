import Vapor

struct MentorBrowseContext: Encodable {
    struct Card: Encodable {
        let userID: String
        let name: String
        let title: String
        let department: String?
        let seniority: String
        let languages: String
        let skills: String
        let bio: String?
        let seatsLeft: Int
        let available: Bool
        let unavailableReason: String
        let requestURL: String
        /// Nil when the mentor hides it, or has answered no request lately.
        let responseTime: String?
        /// Nil when the mentor hides it.
        let lastActive: String?
    }
    let chrome: PageChrome
    let programmeID: String
    let programmeName: String
    let heading: String
    let canRequest: Bool
    let cards: [Card]
    let hasCards: Bool
    let skill: String
    let department: String
    let language: String
    let departments: [Choice]
    let nextURL: String?
    let filtered: Bool
    let recommendations: [RecommendationCard]
    let hasRecommendations: Bool
}

/// A ranked mentor with the reasons behind the score, for the "why this match" disclosure.
struct RecommendationCard: Encodable {
    struct Reason: Encodable {
        let points: Int
        let sentence: String
    }
    let userID: String
    let name: String
    let score: Int
    let reasons: [Reason]
    let requestURL: String

    init(_ r: RecommendationQueries.Recommendation, requestURL: String) {
        userID = r.mentor.id.uuidString
        name = r.mentor.name
        score = r.score.score
        reasons = r.score.reasons.filter { $0.points > 0 || $0.criterion == "skills" }.map { Reason(points: $0.points, sentence: $0.sentence) }
        self.requestURL = requestURL
    }
}
