import Foundation
import TandemCore

struct GoalGroup: Encodable {
    let ownerName: String
    let roleLabel: String
    let isMine: Bool
    let goals: [GoalCard]
    var hasGoals: Bool
}

struct GoalCard: Encodable {
    let id: String
    let url: String
    let title: String
    let status: String
    let statusCode: String
    let target: String?
    let measure: String?
    /// "1/3", or nil without milestones.
    let milestones: String?
    /// "2 updates", or nil before the first.
    let updates: String?
    let smartScore: String
    let hints: [String]
    /// "2 SMART hints", or nil when there are none.
    let hintsSummary: String?
    let sharedWithAdmins: Bool
}

struct MeetingRow: Encodable {
    let id: String
    let when: String
    let duration: String
    let format: String
    let link: String?
    let linkLabel: String
    let agenda: String?
    let icsURL: String
    let editURL: String
    let logURL: String
    let isPast: Bool
}

struct CheckInRow: Encodable {
    let id: String
    let when: String
    let duration: String
    let format: String
    let sharedNotes: String?
    let privateNote: String?
    /// The goals discussed, "; "-separated, or nil.
    let goals: String?
    let loggedBy: String
    let isConfirmed: Bool
    let canConfirm: Bool
    let confirmURL: String
    let feedbackURL: String
}

struct ActionRow: Encodable {
    let id: String
    let title: String
    let owner: String
    let due: String?
    let isOverdue: Bool
    let isDone: Bool
    let toggleURL: String
}

struct MessageRow: Encodable {
    let author: String
    let when: String
    /// Escaped and linked in Swift by `MessageText.html`, so the template may print it raw.
    let html: String
    let isMine: Bool
}

struct FeedbackRow: Encodable {
    let from: String
    let to: String
    let when: String
    let wentWell: String?
    let couldBeBetter: String?
}

struct ReflectionRow: Encodable {
    let author: String
    let learned: String
    let partnerLearned: String?
    let nextSteps: String?
    let when: String
}
