import Fluent
import TandemCore
import Vapor

/// Goals in a relationship, each with its milestones and SMART review.
enum GoalsAPI {
    struct MilestoneResponse: APIContent {
        let id: UUID
        let title: String
        let done: Bool
    }

    struct GoalResponse: APIContent {
        let id: UUID
        let ownerID: UUID
        let title: String
        let description: String
        let measure: String
        let targetDate: String?
        let status: String
        let visibility: String
        let milestones: [MilestoneResponse]
        let smart: SmartReport
    }

    /// The SMART advice alone, as `smart-check` answers it: `{"findings": […]}`.
    struct SmartAdvice: APIContent {
        let findings: [SmartFinding]
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
        GoalResponse(
            id: try goal.requireID(), ownerID: goal.$owner.id, title: goal.title, description: goal.description, measure: goal.measure,
            targetDate: goal.targetDate, status: goal.status.rawValue, visibility: goal.visibility.rawValue,
            milestones: milestones.map { MilestoneResponse(id: $0.id ?? UUID(), title: $0.title, done: $0.doneAt != nil) },
            smart: GoalContextSupport.review(goal, milestones: milestones, inputs: inputs))
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
        let goals = try await GoalQueries.goals(in: r, on: req.db)
        let byGoal = try await GoalQueries.milestonesByGoal(in: r, on: req.db)
        return APIPage(items: try goals.map { try response($0, milestones: byGoal[$0.id ?? UUID()] ?? [], inputs: inputs) }, nextCursor: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let goal = try await GoalService(context: try req.serviceContext()).create(try draft(req), in: r)
        let body = try await single(goal, in: r, user: user, on: req.db)
        return try await body.encodeResponse(status: .created, for: req)
    }

    @Sendable static func show(req: Request) async throws -> GoalResponse {
        let (user, r) = try await req.memberRelationship()
        let goal = try await WorkspaceLookup.goal(req.parameters.get("goalID", as: UUID.self), in: r, on: req.db)
        return try await single(goal, in: r, user: user, on: req.db)
    }

    @Sendable static func replace(req: Request) async throws -> GoalResponse {
        let (user, r) = try await req.memberRelationship()
        let service = GoalService(context: try req.serviceContext())
        let goal = try await service.ownGoal(req.parameters.get("goalID", as: UUID.self), in: r)
        try await service.update(goal, with: try draft(req))
        return try await single(goal, in: r, user: user, on: req.db)
    }

    @Sendable static func addUpdate(req: Request) async throws -> GoalResponse {
        let (user, r) = try await req.memberRelationship()
        let service = GoalService(context: try req.serviceContext())
        let goal = try await service.ownGoal(req.parameters.get("goalID", as: UUID.self), in: r)
        let body = try req.apiBody(GoalUpdateInput.self)
        try await service.addUpdate(body.body ?? "", status: body.status, to: goal)
        return try await single(goal, in: r, user: user, on: req.db)
    }

    /// Advice for a goal that is being typed: the SMART review, nothing saved.
    /// With `relationship_id`, the review uses that relationship's skills and programme end.
    @Sendable static func smartCheck(req: Request) async throws -> SmartAdvice {
        let user = try req.requireUser()
        let valid = try draft(req).validate()
        guard let id = try SmartCheckScope.relationshipID((try? req.content.get(String.self, at: "relationship_id")) ?? "") else {
            return SmartAdvice(findings: SmartCheck.review(SmartInput(goal: valid, today: LocalDate(date: Date(), in: try await ViewerZone.of(user, on: req.db)))).findings)
        }
        let r = try await RelationshipQueries.find(id, for: user, on: req.db)
        let inputs = try await GoalContextSupport.smartInputs(r, user: user, on: req.db)
        return SmartAdvice(findings: SmartCheck.review(SmartInput(goal: valid, today: inputs.today, programmeEnds: inputs.programmeEnds, focusAreas: inputs.focusAreas)).findings)
    }

    static func single(_ goal: Goal, in r: Relationship, user: User, on db: any Database) async throws -> GoalResponse {
        let inputs = try await GoalContextSupport.smartInputs(r, user: user, on: db)
        let milestones = try await GoalQueries.milestones(of: goal.requireID(), on: db)
        return try response(goal, milestones: milestones, inputs: inputs)
    }
}
