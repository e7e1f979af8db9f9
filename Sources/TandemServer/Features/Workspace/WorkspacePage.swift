import Foundation
import TandemCore
import Vapor

/// Builds and renders the relationship page from `WorkspaceData`.
enum WorkspacePage {
    static func render(_ req: Request, relationship r: Relationship, user: User, forms: WorkspaceForms = .init()) async throws -> Response {
        let now = Date()
        let cursors = WorkspaceCursors(
            checkInsBefore: try req.timeCursor(WorkspaceCursors.checkInsParameter),
            feedbackBefore: try req.timeCursor(WorkspaceCursors.feedbackParameter))
        let data = try await WorkspaceQueries.load(r, for: user, on: req.db, now: now, cursors: cursors)
        if data.unreadMessages > 0 {
            try await MessageQueries.markRead(relationship: r, for: user, at: now, on: req.db)
        }
        let agreement = try await AgreementSummary.load(r, viewerID: try user.requireID(), on: req.db)
        let context = try context(data, request: req, forms: forms, now: now, agreement: agreement)
        return try await req.page("workspace/show", context, status: forms.hasErrors ? .unprocessableEntity : .ok)
    }

    static func context(_ d: WorkspaceData, request req: Request, forms: WorkspaceForms, now: Date,
                        agreement: AgreementSummary) throws -> WorkspaceContext {
        let r = d.relationship
        let zone = d.timeZone.identifier
        let base = "/relationships/\(d.relationshipID.uuidString)"
        let assessment = WorkspaceRhythm.assess(relationship: r, facts: d.facts, timeZone: d.timeZone, now: now)
        let health = assessment.health
        let due = WorkspaceRhythm.nextDue(relationship: r, facts: d.facts, timeZone: d.timeZone)
        let hours = d.facts.hours
        var forms = forms
        if forms.cadence.isEmpty { forms.cadence = (r.cadence ?? .fortnightly).rawValue }
        if forms.customDays.isEmpty { forms.customDays = r.cadenceDays.map(String.init) ?? "" }
        let isCircle = CircleRules.isCircle(type: r.programme.type, activeMembers: r.members.count)
        return WorkspaceContext(
            chrome: PageChrome(request: req, title: isCircle ? "Mentoring circle" : "Mentoring relationship", section: "dashboard"),
            id: d.relationshipID.uuidString, programmeID: try r.programme.requireID().uuidString,
            programmeName: r.programme.name, programmeType: r.programme.type.label, typeSummary: r.programme.type.summary,
            isCircle: isCircle, isArchived: r.isArchived,
            members: members(d), started: DateText.short(r.startedAt, timeZone: zone),
            status: r.status.label, health: r.isArchived ? "Closed" : health.label, healthCode: r.isArchived ? "closed" : health.rawValue,
            healthNote: healthNote(assessment, archived: r.isArchived, hasMeetings: d.facts.firstMeetingAt != nil, cadence: r.rhythm,
                                   firstMeetingDays: r.programme.firstMeetingDays),
            agreement: agreement,
            rhythm: .init(label: r.rhythm.label, nextDue: dueText(due, d, now: now), isOverdue: !r.isArchived && due < now,
                          choices: Choice.list(Cadence.self, selected: forms.cadence) { $0.label }, customDays: forms.customDays),
            hours: .init(confirmed: hours.confirmedText, selfReported: hours.selfReportedMinutes > 0 ? hours.selfReportedText : nil,
                         checkIns: "\(hours.checkInCount) check-in\(hours.checkInCount == 1 ? "" : "s")"),
            prompts: WorkspacePrompts.list(d, base: base, now: now),
            goalGroups: WorkspaceGoals.groups(d, base: base, today: LocalDate(date: now, in: d.timeZone)),
            upcoming: WorkspaceMeetings.upcoming(d, base: base, now: now),
            checkIns: WorkspaceMeetings.checkIns(d, base: base),
            olderCheckInsURL: d.olderCheckIns.map { "\(base)?\(WorkspaceCursors.checkInsParameter)=\($0.encoded)#check-ins" },
            newestCheckInsURL: d.isOlderCheckInPage ? "\(base)#check-ins" : nil,
            openActions: WorkspaceMeetings.actions(d.openActions, d, base: base, done: false, today: LocalDate(date: now, in: d.timeZone)),
            doneActions: WorkspaceMeetings.actions(d.doneActions, d, base: base, done: true, today: LocalDate(date: now, in: d.timeZone)),
            moreGoalsNote: d.hasMoreGoals ? "Showing the first \(WorkspaceData.goalLimit) goals." : nil,
            messages: d.messages.map { m in
                MessageRow(author: d.name(of: m.authorID), when: DateText.dateTime(m.createdAt, timeZone: zone),
                           html: MessageText.html(m.body), isMine: m.authorID == d.viewerID)
            },
            olderMessagesURL: MessageQueries.Page(messages: d.messages, hasOlder: d.hasOlderMessages).olderCursor
                .map { "\(base)/messages?before=\($0.encoded)" },
            unreadMessages: d.unreadMessages,
            feedbackReceived: d.feedback.filter { $0.toUserID == d.viewerID }.map { feedbackRow($0, d) },
            feedbackGiven: d.feedback.filter { $0.fromUserID == d.viewerID }.map { feedbackRow($0, d) },
            olderFeedbackURL: d.olderFeedback.map { "\(base)?\(WorkspaceCursors.feedbackParameter)=\($0.encoded)#feedback" },
            newestFeedbackURL: d.isOlderFeedbackPage ? "\(base)#feedback" : nil,
            reflections: d.reflections.map {
                ReflectionRow(author: d.name(of: $0.userID), learned: $0.learned, partnerLearned: $0.partnerLearned.presentOrNil,
                              nextSteps: $0.nextSteps.presentOrNil, when: DateText.short($0.createdAt, timeZone: zone))
            },
            forms: forms,
            canClose: !r.isArchived && (try? RelationshipClosure.requireMayClose(r, user: d.viewer)) != nil,
            canLeave: !r.isArchived && d.viewerRole.map {
                (try? CircleRules.leave(type: r.programme.type, role: $0, activeRoles: r.members.map(\.role))) != nil
            } == true).withPresence()
    }

    static func members(_ d: WorkspaceData) -> [WorkspaceContext.Member] {
        d.relationship.members
            .sorted { ($0.role == .mentor ? 0 : 1, $0.user.name) < ($1.role == .mentor ? 0 : 1, $1.user.name) }
            .map { m in
                WorkspaceContext.Member(name: m.user.name, role: m.role.rawValue, title: (d.profiles[m.$user.id]?.title ?? "").presentOrNil,
                                        department: (d.profiles[m.$user.id]?.department ?? "").presentOrNil, isMe: m.$user.id == d.viewerID)
            }
    }

    /// A scheduled meeting has a time; a due date from the cadence is a day.
    static func dueText(_ due: Date, _ d: WorkspaceData, now: Date) -> String {
        let scheduled = d.facts.nextScheduledAt == due
        return scheduled ? DateText.dateTime(due, timeZone: d.timeZone.identifier)
            : DateText.day(LocalDate(date: due, in: d.timeZone))
    }

    /// The at-risk note says why, with the reasons of the one shared rule.
    static func healthNote(_ assessment: HealthAssessment, archived: Bool, hasMeetings: Bool, cadence: CheckInRhythm,
                           firstMeetingDays: Int) -> String {
        if archived { return "This relationship is archived: it is read-only, and its history is kept." }
        switch assessment.health {
        case .healthy where !hasMeetings: return "Start by setting your goals and scheduling a first meeting: pairs who have not met \(firstMeetingDays) days after the match are flagged as at risk."
        case .healthy: return "You are meeting as planned."
        case .atRisk: return assessment.reasons.map(\.text).joined(separator: " ") + " Schedule a check-in below."
        case .stalled: return "No check-in for more than twice your cadence (\(cadence.label.lowercased())). Pick a date below, or tell the admins through a private concern."
        }
    }

    static func feedbackRow(_ f: Feedback, _ d: WorkspaceData) -> FeedbackRow {
        FeedbackRow(from: d.name(of: f.fromUserID), to: d.name(of: f.toUserID),
                    when: DateText.short(f.createdAt, timeZone: d.timeZone.identifier),
                    wentWell: f.wentWell.presentOrNil, couldBeBetter: f.couldBeBetter.presentOrNil)
    }
}
