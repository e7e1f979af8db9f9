import Vapor

struct RequestForm: Content {
    var message: String?
    var hopes: String?
}

/// A mentor's decline, as the page's form and the API both send it (OpenAPI `DeclineInput`).
struct DeclineInput: APIContent {
    var reason: String?
}

struct RequestFormContext: Encodable {
    let chrome: PageChrome
    let programmeID: String
    let programmeName: String
    let mentorName: String
    let mentorTitle: String
    /// Nil when the mentor lists no skills.
    let mentorSkills: String?
    let action: String
    let message: String
    let hopes: String
    let errors: [String: String]
}

struct RequestsContext: Encodable {
    struct Row: Encodable {
        let id: String
        let otherName: String
        let programmeName: String
        let message: String
        let hopes: String
        let status: String
        let statusLabel: String
        let isPending: Bool
        /// Nil when the mentor gave none.
        let declineReason: String?
        let relationshipURL: String?
        let sent: String
        /// "Expires 12 Jun 2026, 10:00 BST" while pending; nil otherwise.
        let expires: String?
        /// For the mentee of a lapsed request: the next best mentors, each a one-click form.
        let alternatives: [Alternative]
        let hasAlternatives: Bool
    }
    struct Alternative: Encodable {
        let name: String
        let department: String
        let action: String
    }
    let chrome: PageChrome
    let received: [Row]
    let sent: [Row]
    let hasReceived: Bool
    let hasSent: Bool
    let errors: [String: String]
    let declineRequestID: String
    let declineReason: String
}
