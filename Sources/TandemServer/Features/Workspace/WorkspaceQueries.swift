import Fluent
import Foundation
import TandemCore

enum WorkspaceQueries {
    /// Loads the page's data. `relationship` comes from `RelationshipQueries.find`, which has
    /// already checked membership and organisation.
    static func load(_ r: Relationship, for user: User, on db: any Database, now: Date = Date()) async throws -> WorkspaceData {
        let rid = try r.requireID()
        let memberIDs = r.members.map { $0.$user.id }
        let profiles = try await Profile.query(on: db).filter(\.$userID ~~ memberIDs).all()
        let byUser = Dictionary(profiles.map { ($0.userID, $0) }, uniquingKeysWith: { a, _ in a })
        let zone = try await ViewerZone.of(user, profile: byUser[try user.requireID()], on: db)
        let goals = try await Goal.query(on: db).filter(\.$relationship.$id == rid).sort(\.$createdAt).all()
        let milestones = try await GoalMilestone.query(on: db).filter(\.$relationshipID == rid).sort(\.$position).all()
        let updates = try await GoalUpdate.query(on: db).filter(\.$relationshipID == rid).filter(\.$commentOn == nil).all(\.$goalID)
        let meetings = try await Meeting.query(on: db).filter(\.$relationshipID == rid).sort(\.$startsAt).all()
        let notes = try await MeetingPrivateNote.query(on: db).filter(\.$relationshipID == rid)
            .filter(\.$authorID == user.requireID()).all()
        let meetingGoals = try await MeetingGoal.query(on: db).filter(\.$relationshipID == rid).all()
        let actions = try await ActionItem.query(on: db).filter(\.$relationshipID == rid).sort(\.$createdAt).all()
        let page = try await MessageQueries.page(relationshipID: rid, before: nil, limit: WorkspaceData.messagePageSize, on: db)
        let unread = try await MessageQueries.unreadCount(relationship: r, for: user, on: db)
        let feedback = try await Feedback.query(on: db).filter(\.$relationshipID == rid).sort(\.$createdAt, .descending).all()
        let reflections = try await Reflection.query(on: db).filter(\.$relationshipID == rid).sort(\.$createdAt).all()
        let held = meetings.filter { $0.status == .held }.count
        let due = try await SurveyQueries.due(for: user, in: r, heldCheckIns: held, today: LocalDate(date: now, in: zone), on: db)
        return WorkspaceData(
            relationship: r, viewer: user, timeZone: zone, profiles: byUser, goals: goals,
            milestones: Dictionary(grouping: milestones, by: \.goalID),
            updateCounts: updates.reduce(into: [:]) { $0[$1, default: 0] += 1 },
            meetings: meetings,
            myPrivateNotes: Dictionary(notes.map { ($0.meetingID, $0.body) }, uniquingKeysWith: { a, _ in a }),
            goalsByMeeting: Dictionary(grouping: meetingGoals, by: \.meetingID).mapValues { $0.map(\.goalID) },
            actions: actions, messages: page.messages, hasOlderMessages: page.hasOlder, unreadMessages: unread,
            feedback: feedback, reflections: reflections, dueSurveys: due,
            programmeEnds: r.programme.schedule?.endsOn)
    }
}

/// The zone a person reads times in: their profile's, else their organisation's.
enum ViewerZone {
    static func of(_ user: User, profile: Profile?, on db: any Database) async throws -> TimeZone {
        if let id = profile?.timeZone, let zone = TimeZone(identifier: id) { return zone }
        return try await ProgrammeQueries.timeZone(of: user, on: db)
    }

    static func of(_ user: User, on db: any Database) async throws -> TimeZone {
        let profile = try await Profile.query(on: db).filter(\.$userID == user.requireID()).first()
        return try await of(user, profile: profile, on: db)
    }
}
