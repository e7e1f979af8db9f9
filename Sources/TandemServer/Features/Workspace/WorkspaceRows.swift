import Foundation
import TandemCore

struct GoalGroup: Encodable {
    let ownerName: String
    let roleLabel: String
    let isMine: Bool
    let goals: [GoalCard]
}

struct GoalCard: Encodable {
    let id: String
    let url: String
    let title: String
    let status: String
    let statusCode: String
    let target: String
    let measure: String
    let milestonesDone: Int
    let milestonesTotal: Int
    let updates: Int
    let smartScore: String
    let hints: [String]
    let sharedWithAdmins: Bool
}

struct MeetingRow: Encodable {
    let id: String
    let when: String
    let duration: String
    let format: String
    let link: String?
    let linkLabel: String
    let agenda: String
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
    let sharedNotes: String
    let privateNote: String
    let goals: [String]
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
    let due: String
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
    let wentWell: String
    let couldBeBetter: String
}

struct ReflectionRow: Encodable {
    let author: String
    let learned: String
    let partnerLearned: String
    let nextSteps: String
    let when: String
}
