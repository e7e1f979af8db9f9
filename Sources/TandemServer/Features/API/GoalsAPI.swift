import Fluent
import TandemCore
import Vapor

/// Goals in a relationship, each with its milestones and SMART review.
enum GoalsAPI {
    struct MilestoneResponse: Content {
        let id: UUID
        let title: String
        let done: Bool
    }

    struct GoalResponse: Content {
        let id: UUID
        let owner_id: UUID
        let title: String
        let description: String
        let measure: String
        let target_date: String?
        let status: String
        let visibility: String
        let milestones: [MilestoneResponse]
        let smart: SmartReport
    }

    struct UpdateBody: Content {
        var body: String?
        var status: String?
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "relationships/:relationshipID/goals", .member, use: list,
                 "Goals of both sides, with milestones and the SMART review", tag: "goals", response: "GoalPage"),
        APIRoute(.POST, "relationships/:relationshipID/goals", .member, use: create, "Set one of my goals", tag: "goals",
                 body: "GoalInput", response: "Goal", success: 201, errors: APIRoute.write),
        APIRoute(.GET, "relationships/:relationshipID/goals/:goalID", .member, use: show, "One goal", tag: "goals", response: "Goal"),
        APIRoute(.PUT, "relationships/:relationshipID/goals/:goalID", .member, use: replace, "Replace my goal (owner only)",
                 tag: "goals", body: "GoalInput", response: "Goal", errors: APIRoute.write),
        APIRoute(.POST, "relationships/:relationshipID/goals/:goalID/updates", .member, use: addUpdate,
                 "Add a dated progress update (owner only)", tag: "goals", body: "GoalUpdateInput", response: "Goal",
                 errors: APIRoute.write),
        APIRoute(.POST, "smart-check", .member, use: smartCheck, "SMART advice for a goal being written; saves nothing",
                 tag: "goals", body: "GoalInput", response: "SmartReport", errors: [400, 401, 404, 422]),
    ]

    static func response(_ goal: Goal, milestones: [GoalMilestone], inputs: GoalContextSupport.Inputs) throws -> GoalResponse {
        let report = SmartCheck.review(SmartInput(
            title: goal.title, description: goal.description, measure: goal.measure, targetDate: goal.targetLocalDate,
            milestones: milestones.map(\.title), today: inputs.today, programmeEnds: inputs.programmeEnds, focusAreas: inputs.focusAreas))
        return GoalResponse(
            id: try goal.requireID(), owner_id: goal.$owner.id, title: goal.title, description: goal.description, measure: goal.measure,
            target_date: goal.targetDate, status: goal.status.rawValue, visibility: goal.visibility.rawValue,
            milestones: milestones.map { MilestoneResponse(id: $0.id ?? UUID(), title: $0.title, done: $0.doneAt != nil) },
            smart: report)
    }

    /// A goal body from JSON; `milestones` may be a list or newline-separated text.
    static func draft(_ req: Request) throws -> GoalDraft {
        try APIFieldTypes.check(req, ["title": .text, "description": .text, "measure": .text, "target_date": .text,
                                      "status": .text, "visibility": .text, "milestones": .textOrList, "relationship_id": .text])
        var draft = try req.content.decode(GoalDraft.self)
        if let list = try? req.content.get([String].self, at: "milestones") { draft.milestones = list.joined(separator: "\n") }
        return draft
    }

    @Sendable static func list(req: Request) async throws -> APIPage<GoalResponse> {
        let (user, r) = try await req.memberRelationship()
        let inputs = try await GoalContextSupport.smartInputs(r, user: user, on: req.db)
        let goals = try await Goal.query(on: req.db).filter(\.$relationship.$id == r.requireID()).sort(\.$createdAt).all()
        let milestones = try await GoalMilestone.query(on: req.db).filter(\.$relationshipID == r.requireID()).sort(\.$position).all()
        let byGoal = Dictionary(grouping: milestones, by: \.goalID)
        return APIPage(items: try goals.map { try response($0, milestones: byGoal[$0.id ?? UUID()] ?? [], inputs: inputs) }, next_cursor: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try r.requireActive()
        let goal = try await GoalQueries.create(try draft(req).validate(), owner: user, in: r, on: req.db)
        let body = try await single(goal, in: r, user: user, on: req.db)
        return try await body.encodeResponse(status: .created, for: req)
    }

    @Sendable static func show(req: Request) async throws -> GoalResponse {
        let (user, r) = try await req.memberRelationship()
        let goal = try await WorkspaceLookup.goal(req.parameters.get("goalID", as: UUID.self), in: r, on: req.db)
        return try await single(goal, in: r, user: user, on: req.db)
    }

    @Sendable static func replace(req: Request) async throws -> GoalResponse {
        let (user, r, goal) = try await GoalsController.ownGoal(req)
        try await GoalQueries.update(goal, with: try draft(req).validate(), by: user, on: req.db)
        return try await single(goal, in: r, user: user, on: req.db)
    }

    @Sendable static func addUpdate(req: Request) async throws -> GoalResponse {
        let (user, r, goal) = try await GoalsController.ownGoal(req)
        let body = try req.content.decode(UpdateBody.self)
        let text = (body.body ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try GoalUpdateText.update(text)
        var status: GoalStatus?
        if let raw = body.status, !raw.isEmpty {
            guard let parsed = GoalStatus(rawValue: raw) else {
                throw ValidationFailure([FieldError(field: "status", code: "invalid", message: "Choose a known status.")])
            }
            status = parsed
        }
        try await GoalQueries.addUpdate(text, status: status, to: goal, by: user, on: req.db)
        return try await single(goal, in: r, user: user, on: req.db)
    }

    /// Advice for a goal that is being typed: the SMART review, nothing saved.
    /// With `relationship_id`, the review uses that relationship's skills and programme end.
    @Sendable static func smartCheck(req: Request) async throws -> SmartReport {
        let user = try req.requireUser()
        let valid = try draft(req).validate()
        let raw = (try? req.content.get(String.self, at: "relationship_id")) ?? ""
        guard !raw.isEmpty else {
            return SmartCheck.review(SmartInput(goal: valid, today: LocalDate(date: Date(), in: try await ViewerZone.of(user, on: req.db))))
        }
        guard let id = UUID(uuidString: raw) else {
            throw ValidationFailure([FieldError(field: "relationship_id", code: "invalid", message: "Give the id of one of your relationships.")])
        }
        let r = try await RelationshipQueries.find(id, for: user, on: req.db)
        let inputs = try await GoalContextSupport.smartInputs(r, user: user, on: req.db)
        return SmartCheck.review(SmartInput(goal: valid, today: inputs.today, programmeEnds: inputs.programmeEnds, focusAreas: inputs.focusAreas))
    }

    static func single(_ goal: Goal, in r: Relationship, user: User, on db: any Database) async throws -> GoalResponse {
        let inputs = try await GoalContextSupport.smartInputs(r, user: user, on: db)
        let milestones = try await GoalMilestone.query(on: db).filter(\.$goalID == goal.requireID()).sort(\.$position).all()
        return try response(goal, milestones: milestones, inputs: inputs)
    }
}
