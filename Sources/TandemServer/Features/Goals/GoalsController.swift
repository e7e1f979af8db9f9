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
        return try await submit(req, r, user: user, goal: nil) { draft in
            try await GoalService(context: try req.serviceContext()).create(draft, in: r)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let goal = try await GoalService(context: try req.serviceContext()).ownGoal(req.parameters.get("goalID", as: UUID.self), in: r)
        let milestones = try await GoalQueries.milestones(of: goal.requireID(), on: req.db)
        return try await GoalFormPage.render(req, relationship: r, user: user, goal: goal, values: GoalDraft(
            title: goal.title, description: goal.description, measure: goal.measure, targetDate: goal.targetDate ?? "",
            status: goal.status.rawValue, visibility: goal.visibility.rawValue,
            milestones: milestones.map(\.title).joined(separator: "\n")), showSmart: true)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let service = GoalService(context: try req.serviceContext())
        let goal = try await service.ownGoal(req.parameters.get("goalID", as: UUID.self), in: r)
        return try await submit(req, r, user: user, goal: goal) { draft in
            try await service.update(goal, with: draft)
            return goal
        }
    }

    /// The goal form's two buttons: "check" shows the SMART review of what was typed and saves
    /// nothing; "save" saves through `save` and opens the goal. Either re-renders on invalid input.
    static func submit(_ req: Request, _ r: Relationship, user: User, goal: Goal?,
                       save: (GoalDraft) async throws -> Goal) async throws -> Response {
        let draft = try req.content.decode(GoalDraft.self)
        let checkOnly = (try? req.content.decode(Intent.self).intent) == "check"
        do {
            if checkOnly {
                _ = try draft.validate()
                return try await GoalFormPage.render(req, relationship: r, user: user, goal: goal, values: draft, showSmart: true)
            }
            let saved = try await save(draft)
            return req.redirect(to: "/relationships/\(try r.requireID())/goals/\(try saved.requireID())?notice=goal-saved")
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
        let (_, r) = try await req.memberRelationship()
        let service = GoalService(context: try req.serviceContext())
        let goal = try await service.ownGoal(req.parameters.get("goalID", as: UUID.self), in: r)
        try await service.toggleMilestone(req.parameters.get("milestoneID", as: UUID.self), of: goal)
        return req.redirect(to: "/relationships/\(try r.requireID())/goals/\(try goal.requireID())#milestones")
    }

    /// A dated progress update, by the goal's owner, optionally moving its status. A problem
    /// with the text or the status re-renders the goal with the message next to its field.
    @Sendable static func addUpdate(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let service = GoalService(context: try req.serviceContext())
        let goal = try await service.ownGoal(req.parameters.get("goalID", as: UUID.self), in: r)
        let form = try req.content.decode(GoalUpdateInput.self)
        do {
            try await service.addUpdate(form.body ?? "", status: form.status, to: goal)
        } catch let failure as ValidationFailure {
            return try await GoalPage.render(req, relationship: r, user: user, goal: goal, forms: .init(
                update: (form.body ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
                updateError: failure.message(for: "body"), statusError: failure.message(for: "status")))
        }
        return req.redirect(to: "/relationships/\(try r.requireID())/goals/\(try goal.requireID())?notice=update-added#updates")
    }

    struct CommentForm: Content {
        var body: String?
    }

    /// Any member may comment on an update; typically the partner.
    @Sendable static func addComment(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let goalID = req.parameters.get("goalID", as: UUID.self)
        let updateID = req.parameters.get("updateID", as: UUID.self)
        let raw = try req.content.decode(CommentForm.self).body ?? ""
        do {
            try await GoalService(context: try req.serviceContext()).comment(raw, on: updateID, of: goalID, in: r)
        } catch let failure as ValidationFailure {
            // The goal and update were found before the text was checked.
            let goal = try await WorkspaceLookup.goal(goalID, in: r, on: req.db)
            return try await GoalPage.render(req, relationship: r, user: user, goal: goal, forms: .init(
                commentOn: updateID?.uuidString ?? "", comment: raw.trimmingCharacters(in: .whitespacesAndNewlines),
                commentError: failure.fields.first?.message ?? ""))
        }
        return req.redirect(to: "/relationships/\(try r.requireID())/goals/\(goalID?.uuidString ?? "")#update-\(updateID?.uuidString ?? "")")
    }
}
