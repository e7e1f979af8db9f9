import Fluent
import Foundation
import TandemCore

/// Everything the relationship page shows, loaded in a fixed number of queries whatever the
/// number of goals, meetings and messages (a test holds the count). Lists that grow without limit
/// (check-ins, actions, feedback) are bounded pages; totals come from `MeetingFacts`.
struct WorkspaceData {
    static let messagePageSize = 20
    static let checkInPageSize = 20
    static let feedbackPageSize = 20
    static let upcomingLimit = 50
    static let goalLimit = 100
    static let openActionLimit = 100
    static let doneActionLimit = 20

    let relationship: Relationship
    let viewer: User
    /// The viewer's own zone (from their profile), else the organisation's.
    let timeZone: TimeZone
    let profiles: [UUID: Profile]
    /// Oldest first, at most `goalLimit`.
    let goals: [Goal]
    let hasMoreGoals: Bool
    let milestones: [UUID: [GoalMilestone]]
    let updateCounts: [UUID: Int]
    let facts: MeetingFacts
    /// Scheduled meetings, soonest first, including any whose time has passed unlogged.
    let upcoming: [Meeting]
    /// One page of held check-ins, newest first.
    let held: [Meeting]
    /// Where the next, older page of check-ins starts.
    let olderCheckIns: KeysetCursor?
    /// True when `held` is a later page, not the newest check-ins.
    let isOlderCheckInPage: Bool
    let myPrivateNotes: [UUID: String]
    let goalsByMeeting: [UUID: [UUID]]
    let openActions: [ActionItem]
    let doneActions: [ActionItem]
    /// Newest page, oldest first.
    let messages: [Message]
    let hasOlderMessages: Bool
    let unreadMessages: Int
    /// One page, newest first.
    let feedback: [Feedback]
    let olderFeedback: KeysetCursor?
    let isOlderFeedbackPage: Bool
    /// Whether the viewer has any goal here, whether shown or not.
    let viewerHasGoal: Bool
    let reflections: [Reflection]
    let dueSurveys: [Survey]
    let programmeEnds: LocalDate?

    var relationshipID: UUID { relationship.id ?? UUID() }
    var viewerID: UUID { viewer.id ?? UUID() }

    func name(of userID: UUID) -> String {
        relationship.members.first { $0.$user.id == userID }?.user.name ?? "A former member"
    }

    var viewerRole: EnrolmentRole? {
        relationship.members.first { $0.$user.id == viewer.id }?.role
    }

    var focusAreas: [String] { GoalContextSupport.focusAreas(relationship, profiles: profiles) }

    func health(now: Date) -> RelationshipHealth {
        WorkspaceRhythm.health(relationship: relationship, facts: facts, timeZone: timeZone, now: now)
    }
}

/// The "show older" positions a workspace request may carry. A cursor that does not decode,
/// or whose time is not a sane date, is ignored: the page shows the newest items instead.
struct WorkspaceCursors {
    var checkInsBefore: KeysetCursor?
    var feedbackBefore: KeysetCursor?

    static let checkInsParameter = "check_ins_before"
    static let feedbackParameter = "feedback_before"
}
