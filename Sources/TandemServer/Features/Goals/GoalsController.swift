import Fluent
import TandemCore
import Vapor

/// Each member sets their own goals; only the owner edits them, the partner comments.
enum GoalsController {
    static func register(_ app: Application) {
        let goals = app.grouped("relationships", ":relationshipID", "goals")
        goals.get("new", use: new)
        goals.post(use: create)
        goals.get(":goalID", use: show)
        goals.get(":goalID", "edit", use: edit)
        goals.post(":goalID", "edit", use: update)
        goals.post(":goalID", "milestones", ":milestoneID", "toggle", use: toggleMilestone)
        goals.post(":goalID", "updates", use: addUpdate)
        goals.post(":goalID", "updates", ":updateID", "comments", use: addComment)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try r.requireActive()
        return try await GoalFormPage.render(req, relationship: r, user: user, goal: nil, values: GoalDraft())
    }

    struct Intent: Content {
        var intent: String?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try r.requireActive()
        let draft = try req.content.decode(GoalDraft.self)
        let checkOnly = (try? req.content.decode(Intent.self).intent) == "check"
        do {
            let valid = try draft.validate()
            if checkOnly {
                return try await GoalFormPage.render(req, relationship: r, user: user, goal: nil, values: draft, showSmart: true)
            }
            let goal = try await GoalQueries.create(valid, owner: user, in: r, on: req.db)
            return req.redirect(to: "/relationships/\(try r.requireID())/goals/\(try goal.requireID())?notice=goal-saved")
        } catch let failure as ValidationFailure {
            return try await GoalFormPage.render(req, relationship: r, user: user, goal: nil, values: draft,
                                                 errors: failure.byField, showSmart: checkOnly, status: .unprocessableEntity)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let (user, r, goal) = try await ownGoal(req)
        let milestones = try await GoalMilestone.query(on: req.db).filter(\.$goalID == goal.requireID()).sort(\.$position).all()
        return try await GoalFormPage.render(req, relationship: r, user: user, goal: goal, values: GoalDraft(
            title: goal.title, description: goal.description, measure: goal.measure, targetDate: goal.targetDate ?? "",
            status: goal.status.rawValue, visibility: goal.visibility.rawValue,
            milestones: milestones.map(\.title).joined(separator: "\n")), showSmart: true)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let (user, r, goal) = try await ownGoal(req)
        let draft = try req.content.decode(GoalDraft.self)
        let checkOnly = (try? req.content.decode(Intent.self).intent) == "check"
        do {
            let valid = try draft.validate()
            if checkOnly {
                return try await GoalFormPage.render(req, relationship: r, user: user, goal: goal, values: draft, showSmart: true)
            }
            try await GoalQueries.update(goal, with: valid, by: user, on: req.db)
            return req.redirect(to: "/relationships/\(try r.requireID())/goals/\(try goal.requireID())?notice=goal-saved")
        } catch let failure as ValidationFailure {
            return try await GoalFormPage.render(req, relationship: r, user: user, goal: goal, values: draft,
                                                 errors: failure.byField, showSmart: checkOnly, status: .unprocessableEntity)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let goal = try await WorkspaceLookup.goal(req.parameters.get("goalID", as: UUID.self), in: r, on: req.db)
        return try await GoalPage.render(req, relationship: r, user: user, goal: goal)
    }

    @Sendable static func toggleMilestone(req: Request) async throws -> Response {
        let (_, r, goal) = try await ownGoal(req)
        guard let id = req.parameters.get("milestoneID", as: UUID.self),
              let milestone = try await GoalMilestone.query(on: req.db).filter(\.$id == id)
                .filter(\.$goalID == goal.requireID()).first()
        else { throw AccessError.notFound(.milestone) }
        milestone.doneAt = milestone.doneAt == nil ? Date() : nil
        try await milestone.save(on: req.db)
        return req.redirect(to: "/relationships/\(try r.requireID())/goals/\(try goal.requireID())#milestones")
    }

    struct UpdateForm: Content {
        var body: String?
        var status: String?
    }

    /// A dated progress update, by the goal's owner, optionally moving its status.
    @Sendable static func addUpdate(req: Request) async throws -> Response {
        let (user, r, goal) = try await ownGoal(req)
        let form = try req.content.decode(UpdateForm.self)
        let body = (form.body ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let status = form.status.flatMap { GoalStatus(rawValue: $0) }
        do { _ = try GoalUpdateText.update(body) } catch {
            return try await GoalPage.render(req, relationship: r, user: user, goal: goal,
                                             forms: .init(update: body, updateError: error.fields.first?.message ?? ""))
        }
        try await GoalQueries.addUpdate(body, status: status, to: goal, by: user, on: req.db)
        return req.redirect(to: "/relationships/\(try r.requireID())/goals/\(try goal.requireID())?notice=update-added#updates")
    }

    struct CommentForm: Content {
        var body: String?
    }

    /// Any member may comment on an update; typically the partner.
    @Sendable static func addComment(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try r.requireActive()
        let goal = try await WorkspaceLookup.goal(req.parameters.get("goalID", as: UUID.self), in: r, on: req.db)
        guard let updateID = req.parameters.get("updateID", as: UUID.self),
              try await GoalUpdate.query(on: req.db).filter(\.$id == updateID).filter(\.$goalID == goal.requireID())
                .filter(\.$commentOn == nil).first() != nil
        else { throw AccessError.notFound(.update) }
        let body = (try req.content.decode(CommentForm.self).body ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        do { _ = try GoalUpdateText.comment(body) } catch {
            return try await GoalPage.render(req, relationship: r, user: user, goal: goal,
                                             forms: .init(commentOn: updateID.uuidString, comment: body, commentError: error.fields.first?.message ?? ""))
        }
        try await GoalUpdate(organisationID: user.organisationID, relationshipID: try r.requireID(), goalID: try goal.requireID(),
                             authorID: try user.requireID(), body: body, commentOn: updateID).create(on: req.db)
        return req.redirect(to: "/relationships/\(try r.requireID())/goals/\(try goal.requireID())#update-\(updateID.uuidString)")
    }

    /// The goal, if the signed-in member owns it: partners get 403, outsiders 404.
    static func ownGoal(_ req: Request) async throws -> (User, Relationship, Goal) {
        let (user, r) = try await req.memberRelationship()
        try r.requireActive()
        let goal = try await WorkspaceLookup.goal(req.parameters.get("goalID", as: UUID.self), in: r, on: req.db)
        guard goal.$owner.id == user.id else {
            throw AppError(status: .forbidden, code: "goal.not_owner", message: "Only the person who set this goal can change it.")
        }
        return (user, r, goal)
    }
}
