import Fluent
import Foundation
import TandemCore

/// Everything that changes goals: each member sets their own goals, only the owner changes
/// them (milestones, progress), and any member comments on progress.
struct GoalService {
    let context: ServiceContext

    func create(_ draft: GoalDraft, in r: Relationship) async throws -> Goal {
        try r.requireActive()
        return try await Self.insert(try draft.validate(), owner: context.actor, in: r, on: context.db)
    }

    /// Saves a new goal with its milestones. No guards: `create` checks them; the demo and test
    /// fixtures seed goals with this directly.
    static func insert(_ valid: ValidGoal, owner: User, in r: Relationship, on db: any Database) async throws -> Goal {
        let goal = Goal(organisationID: owner.organisationID, relationshipID: try r.requireID(), ownerID: try owner.requireID(), goal: valid)
        try await db.transaction { tx in
            try await goal.create(on: tx)
            try await GoalMilestones.replace(of: goal, with: valid.milestones, on: tx)
        }
        return goal
    }

    /// The goal, if the actor owns it: partners get 403, outsiders 404.
    func ownGoal(_ id: UUID?, in r: Relationship) async throws -> Goal {
        try r.requireActive()
        let goal = try await WorkspaceLookup.goal(id, in: r, on: context.db)
        guard goal.$owner.id == context.actor.id else { throw GoalError.notOwner }
        return goal
    }

    /// Saves a goal found by `ownGoal`; a status change is also recorded as a dated update, so
    /// progress has a history.
    func update(_ goal: Goal, with draft: GoalDraft) async throws {
        let valid = try draft.validate()
        guard goal.$owner.id == context.actor.id else { throw GoalError.notOwner }
        let previous = goal.status
        let authorID = try context.actor.requireID()
        goal.apply(valid)
        try await context.db.transaction { tx in
            try await goal.save(on: tx)
            try await GoalMilestones.replace(of: goal, with: valid.milestones, on: tx)
            if previous != valid.status {
                try await GoalUpdate(organisationID: goal.organisationID, relationshipID: goal.$relationship.id, goalID: try goal.requireID(),
                                     authorID: authorID, body: "Status changed to \(valid.status.label.lowercased()).",
                                     status: valid.status).create(on: tx)
            }
        }
    }

    /// A dated progress update on a goal found by `ownGoal`, optionally moving its status. The
    /// text and the status are checked by Core; an unknown status is a failure on `status`.
    func addUpdate(_ rawBody: String, status rawStatus: String?, to goal: Goal) async throws {
        let body = try GoalUpdateText.update(rawBody)
        let status = try GoalUpdateText.status(rawStatus)
        guard goal.$owner.id == context.actor.id else { throw GoalError.notOwner }
        try await Self.recordUpdate(body, status: status, to: goal, by: context.actor, on: context.db)
    }

    /// Saves a checked progress update and moves the goal's status with it. No guards:
    /// `addUpdate` checks them; the demo and test fixtures seed progress with this directly.
    static func recordUpdate(_ body: String, status: GoalStatus?, to goal: Goal, by user: User, on db: any Database) async throws {
        let authorID = try user.requireID()
        try await db.transaction { tx in
            try await GoalUpdate(organisationID: goal.organisationID, relationshipID: goal.$relationship.id, goalID: try goal.requireID(),
                                 authorID: authorID, body: body, status: status).create(on: tx)
            if let status, status != goal.status {
                goal.status = status
                try await goal.save(on: tx)
            }
        }
    }

    /// Any member may comment on a progress update; typically the partner.
    func comment(_ rawBody: String, on updateID: UUID?, of goalID: UUID?, in r: Relationship) async throws {
        let (goal, updateID) = try await commentTarget(updateID, of: goalID, in: r)
        let body = try GoalUpdateText.comment(rawBody)
        try await GoalUpdate(organisationID: context.actor.organisationID, relationshipID: try r.requireID(), goalID: try goal.requireID(),
                             authorID: try context.actor.requireID(), body: body, commentOn: updateID).create(on: context.db)
    }

    /// The goal and the progress update (not a comment) a comment would answer; 404 otherwise.
    private func commentTarget(_ updateID: UUID?, of goalID: UUID?, in r: Relationship) async throws -> (Goal, UUID) {
        try r.requireActive()
        let goal = try await WorkspaceLookup.goal(goalID, in: r, on: context.db)
        guard let updateID,
              try await GoalUpdate.query(on: context.db).filter(\.$id == updateID).filter(\.$goalID == goal.requireID())
                .filter(\.$commentOn == nil).first() != nil
        else { throw AccessError.notFound(.update) }
        return (goal, updateID)
    }

    /// Ticks a milestone of a goal found by `ownGoal`, or back.
    func toggleMilestone(_ id: UUID?, of goal: Goal) async throws {
        guard goal.$owner.id == context.actor.id else { throw GoalError.notOwner }
        guard let id, let milestone = try await GoalMilestone.query(on: context.db).filter(\.$id == id)
            .filter(\.$goalID == goal.requireID()).first()
        else { throw AccessError.notFound(.milestone) }
        milestone.doneAt = milestone.doneAt == nil ? Date() : nil
        try await milestone.save(on: context.db)
    }
}
