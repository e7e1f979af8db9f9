import Foundation
import TandemCore

/// The relationship page: members, rhythm, goals for both sides, meetings, actions, messages,
/// feedback and closing reflections. Values are formatted here; the template only loops.
struct WorkspaceContext: Encodable {
    struct Member: Encodable {
        let name: String
        let role: String
        let title: String?
        let department: String?
        let isMe: Bool
    }
    struct Prompt: Encodable {
        let text: String
        let url: String
        let action: String
    }
    struct Rhythm: Encodable {
        let label: String
        let nextDue: String
        let isOverdue: Bool
        let choices: [Choice]
        let customDays: String
    }
    struct Hours: Encodable {
        let confirmed: String
        /// Nil when nothing waits for the partner's confirmation.
        let selfReported: String?
        /// "3 check-ins".
        let checkIns: String
    }

    let chrome: PageChrome
    let id: String
    let programmeID: String
    let programmeName: String
    let programmeType: String
    let typeSummary: String
    let isCircle: Bool
    let isArchived: Bool
    let members: [Member]
    let started: String
    let status: String
    let health: String
    let healthCode: String
    let healthNote: String
    /// The first step until it is in force, then a one-line summary.
    let agreement: AgreementSummary
    let rhythm: Rhythm
    let hours: Hours
    let prompts: [Prompt]
    let goalGroups: [GoalGroup]
    let upcoming: [MeetingRow]
    let checkIns: [CheckInRow]
    /// "Show older check-ins": the next keyset page, when there is one.
    let olderCheckInsURL: String?
    /// Back to the newest check-ins, on a later page.
    let newestCheckInsURL: String?
    let openActions: [ActionRow]
    let doneActions: [ActionRow]
    /// Set when the relationship has more goals than the page shows.
    let moreGoalsNote: String?
    let messages: [MessageRow]
    let olderMessagesURL: String?
    let unreadMessages: Int
    let feedbackReceived: [FeedbackRow]
    let feedbackGiven: [FeedbackRow]
    let olderFeedbackURL: String?
    let newestFeedbackURL: String?
    let reflections: [ReflectionRow]
    let forms: WorkspaceForms
    /// In a circle, only the mentor closes it; mentees (and peers in a trio) leave it instead.
    let canClose: Bool
    let canLeave: Bool
    /// Which lists have something to show, for the template's empty states.
    var has = Presence()

    struct Presence: Encodable {
        var prompts = false, upcoming = false, checkIns = false, openActions = false, doneActions = false
        var messages = false, unreadMessages = false, feedbackReceived = false, feedbackGiven = false, reflections = false
    }

    /// The context with `has` filled in from its lists.
    func withPresence() -> WorkspaceContext {
        var context = self
        context.has = Presence(
            prompts: !prompts.isEmpty, upcoming: !upcoming.isEmpty, checkIns: !checkIns.isEmpty, openActions: !openActions.isEmpty,
            doneActions: !doneActions.isEmpty, messages: !messages.isEmpty, unreadMessages: unreadMessages > 0,
            feedbackReceived: !feedbackReceived.isEmpty, feedbackGiven: !feedbackGiven.isEmpty, reflections: !reflections.isEmpty)
        return context
    }
}
