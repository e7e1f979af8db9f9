import Fluent
import Foundation
import TandemCore

enum WorkspaceQueries {
    /// Loads the page's data. `relationship` comes from `RelationshipQueries.find`, which has
    /// already checked membership and organisation. Every list is bounded (`WorkspaceData`'s
    /// limits), so the cost stays the same however long the pair has been meeting.
    static func load(_ r: Relationship, for user: User, on db: any Database, now: Date = Date(),
                     cursors: WorkspaceCursors = .init()) async throws -> WorkspaceData {
        typealias Limits = WorkspaceData
        let rid = try r.requireID()
        let memberIDs = r.members.map { $0.$user.id }
        let profiles = try await Profile.query(on: db).filter(\.$userID ~~ memberIDs).all()
        let byUser = Dictionary(profiles.map { ($0.userID, $0) }, uniquingKeysWith: { a, _ in a })
        let zone = try await ViewerZone.of(user, profile: byUser[try user.requireID()], on: db)
        let goalRows = try await Goal.query(on: db).filter(\.$relationship.$id == rid).sort(\.$createdAt).sort(\.$id)
            .limit(Limits.goalLimit + 1).all()
        let goals = Array(goalRows.prefix(Limits.goalLimit))
        let goalIDs = goals.compactMap(\.id)
        let milestones = try await GoalMilestone.query(on: db).filter(\.$goalID ~~ goalIDs).sort(\.$position).all()
        let updateCounts = try await GoalQueries.updateCounts(goalIDs: goalIDs, on: db)
        let facts = try await MeetingFacts.load(relationshipID: rid, now: now, on: db)
        let upcoming = try await Meeting.query(on: db).filter(\.$relationshipID == rid).filter(\.$status == .scheduled)
            .sort(\.$startsAt).sort(\.$id).limit(Limits.upcomingLimit).all()
        let heldPage = try await WorkspacePages.checkIns(relationshipID: rid, before: cursors.checkInsBefore, on: db)
        let shownMeetingIDs = (upcoming + heldPage.rows).compactMap(\.id)
        let notes = try await MeetingPrivateNote.query(on: db).filter(\.$meetingID ~~ shownMeetingIDs)
            .filter(\.$authorID == user.requireID()).all()
        let meetingGoals = try await MeetingGoal.query(on: db).filter(\.$meetingID ~~ shownMeetingIDs).all()
        let openActions = try await ActionItem.query(on: db).filter(\.$relationshipID == rid).filter(\.$doneAt == nil)
            .sort(\.$createdAt).sort(\.$id).limit(Limits.openActionLimit).all()
        let doneActions = try await ActionItem.query(on: db).filter(\.$relationshipID == rid).filter(\.$doneAt != nil)
            .sort(\.$doneAt, .descending).sort(\.$id, .descending).limit(Limits.doneActionLimit).all()
        let page = try await MessageQueries.page(relationshipID: rid, before: nil, limit: Limits.messagePageSize, on: db)
        let unread = try await MessageQueries.unreadCount(relationship: r, for: user, on: db)
        let feedbackPage = try await WorkspacePages.feedback(relationshipID: rid, before: cursors.feedbackBefore, on: db)
        let reflections = try await Reflection.query(on: db).filter(\.$relationshipID == rid).sort(\.$createdAt).all()
        let due = try await SurveyQueries.due(for: user, in: r, heldCheckIns: facts.heldCount, today: LocalDate(date: now, in: zone), on: db)
        var viewerHasGoal = goals.contains { $0.$owner.id == user.id }
        if !viewerHasGoal, goalRows.count > Limits.goalLimit {
            viewerHasGoal = try await Goal.query(on: db).filter(\.$relationship.$id == rid)
                .filter(\.$owner.$id == user.requireID()).first() != nil
        }
        return WorkspaceData(
            relationship: r, viewer: user, timeZone: zone, profiles: byUser, goals: goals,
            hasMoreGoals: goalRows.count > Limits.goalLimit,
            milestones: Dictionary(grouping: milestones, by: \.goalID), updateCounts: updateCounts,
            facts: facts, upcoming: upcoming, held: heldPage.rows, olderCheckIns: heldPage.next,
            isOlderCheckInPage: cursors.checkInsBefore?.instant != nil,
            myPrivateNotes: Dictionary(notes.map { ($0.meetingID, $0.body) }, uniquingKeysWith: { a, _ in a }),
            goalsByMeeting: Dictionary(grouping: meetingGoals, by: \.meetingID).mapValues { $0.map(\.goalID) },
            openActions: openActions, doneActions: doneActions,
            messages: page.messages, hasOlderMessages: page.hasOlder, unreadMessages: unread,
            feedback: feedbackPage.rows, olderFeedback: feedbackPage.next, isOlderFeedbackPage: cursors.feedbackBefore?.instant != nil,
            viewerHasGoal: viewerHasGoal, reflections: reflections, dueSurveys: due,
            programmeEnds: r.programme.schedule?.endsOn)
    }
}
