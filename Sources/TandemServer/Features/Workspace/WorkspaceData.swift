import Fluent
import Foundation
import TandemCore

/// Everything the relationship page shows, loaded in a fixed number of queries whatever the
/// number of goals, meetings and messages (a test holds the count).
struct WorkspaceData {
    static let messagePageSize = 20

    let relationship: Relationship
    let viewer: User
    /// The viewer's own zone (from their profile), else the organisation's.
    let timeZone: TimeZone
    let profiles: [UUID: Profile]
    let goals: [Goal]
    let milestones: [UUID: [GoalMilestone]]
    let updateCounts: [UUID: Int]
    let meetings: [Meeting]
    let myPrivateNotes: [UUID: String]
    let goalsByMeeting: [UUID: [UUID]]
    let actions: [ActionItem]
    /// Newest page, oldest first.
    let messages: [Message]
    let hasOlderMessages: Bool
    let unreadMessages: Int
    let feedback: [Feedback]
    let reflections: [Reflection]
    let dueSurveys: [Survey]
    let programmeEnds: LocalDate?

    var relationshipID: UUID { relationship.id ?? UUID() }
    var viewerID: UUID { viewer.id ?? UUID() }

    func name(of userID: UUID) -> String {
        relationship.members.first { $0.$user.id == userID }?.user.name ?? "A former member"
    }

    var held: [Meeting] { meetings.filter { $0.status == .held }.sorted { $0.startsAt > $1.startsAt } }

    /// Scheduled meetings, soonest first, including any whose time has passed unlogged.
    var upcoming: [Meeting] {
        meetings.filter { $0.status == .scheduled }.sorted { $0.startsAt < $1.startsAt }
    }

    var viewerRole: EnrolmentRole? {
        relationship.members.first { $0.$user.id == viewer.id }?.role
    }

    var focusAreas: [String] { GoalContextSupport.focusAreas(relationship, profiles: profiles) }

    func health(now: Date) -> RelationshipHealth {
        WorkspaceRhythm.health(relationship: relationship, meetings: meetings, timeZone: timeZone, now: now)
    }
}
