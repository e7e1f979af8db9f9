import Fluent
import Foundation
import TandemCore
import Vapor

/// One goal: its SMART review, milestones, dated updates and the partner's comments.
struct GoalPageContext: Encodable {
    struct Milestone: Encodable {
        let id: String
        let title: String
        let done: Bool
    }
    struct Update: Encodable {
        let id: String
        let author: String
        let when: String
        let body: String
        let status: String?
        let comments: [Comment]
        /// The comment being written on this update, kept when it needs fixing.
        let commentDraft: String
        let commentError: String?
    }
    struct Comment: Encodable {
        let author: String
        let when: String
        let body: String
    }

    let chrome: PageChrome
    let relationshipURL: String
    let goalURL: String
    let title: String
    let description: String?
    let measure: String?
    let target: String?
    let status: String
    let statusCode: String
    let visibility: String
    let owner: String
    let isMine: Bool
    let canWrite: Bool
    let smart: SmartView
    let milestones: [Milestone]
    let hasMilestones: Bool
    let updates: [Update]
    let hasUpdates: Bool
    let statuses: [Choice]
    let forms: GoalPageForms
}

struct GoalPageForms: Encodable {
    var update = ""
    var updateError: String?
    var statusError: String?
    var commentOn = ""
    var comment = ""
    var commentError: String?

    var hasErrors: Bool { updateError != nil || statusError != nil || commentError != nil }
}

enum GoalPage {
    static func render(_ req: Request, relationship r: Relationship, user: User, goal: Goal, forms: GoalPageForms = .init()) async throws -> Response {
        let goalID = try goal.requireID()
        let inputs = try await GoalContextSupport.smartInputs(r, user: user, on: req.db)
        let milestones = try await GoalQueries.milestones(of: goalID, on: req.db)
        let entries = try await GoalQueries.updates(of: goalID, on: req.db)
        let names = Dictionary(r.members.map { ($0.$user.id, $0.user.name) }, uniquingKeysWith: { a, _ in a })
        let zone = inputs.timeZone.identifier
        let comments = Dictionary(grouping: entries.filter { $0.commentOn != nil }, by: { $0.commentOn ?? UUID() })
        let base = "/relationships/\(try r.requireID())"
        let updates = entries.filter { $0.commentOn == nil }.reversed()
        let context = GoalPageContext(
            chrome: PageChrome(request: req, title: goal.title, section: "dashboard"),
            relationshipURL: base, goalURL: "\(base)/goals/\(goalID.uuidString)",
            title: goal.title, description: goal.description.presentOrNil, measure: goal.measure.presentOrNil,
            target: DateText.day(goal.targetLocalDate).presentOrNil,
            status: goal.status.label, statusCode: goal.status.rawValue, visibility: goal.visibility.label,
            owner: names[goal.$owner.id] ?? "", isMine: goal.$owner.id == user.id, canWrite: !r.isArchived,
            smart: SmartView(GoalContextSupport.review(goal, milestones: milestones, inputs: inputs)),
            milestones: milestones.map { .init(id: $0.id?.uuidString ?? "", title: $0.title, done: $0.doneAt != nil) },
            hasMilestones: !milestones.isEmpty,
            updates: updates.map { u in
                let isCommentedOn = forms.commentOn == u.id?.uuidString
                return GoalPageContext.Update(
                    id: u.id?.uuidString ?? "", author: names[u.authorID] ?? "A former member",
                    when: DateText.dateTime(u.createdAt, timeZone: zone), body: u.body, status: u.status?.label,
                    comments: (comments[u.id ?? UUID()] ?? []).map {
                        .init(author: names[$0.authorID] ?? "A former member", when: DateText.dateTime($0.createdAt, timeZone: zone), body: $0.body)
                    },
                    commentDraft: isCommentedOn ? forms.comment : "", commentError: isCommentedOn ? forms.commentError : nil)
            },
            hasUpdates: !updates.isEmpty,
            statuses: Choice.list(GoalStatus.self, selected: goal.status.rawValue) { $0.label },
            forms: forms)
        return try await req.page("goals/show", context, status: forms.hasErrors ? .unprocessableEntity : .ok)
    }
}
