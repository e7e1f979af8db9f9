import Fluent
import Foundation
import SQLKit
import TandemCore

enum GoalQueries {
    static func create(_ valid: ValidGoal, owner: User, in r: Relationship, on db: any Database) async throws -> Goal {
        let goal = Goal(organisationID: owner.organisationID, relationshipID: try r.requireID(), ownerID: try owner.requireID(), goal: valid)
        try await db.transaction { tx in
            try await goal.create(on: tx)
            try await replaceMilestones(of: goal, with: valid.milestones, on: tx)
        }
        return goal
    }

    /// Saves the goal; a status change is also recorded as a dated update, so progress has a history.
    static func update(_ goal: Goal, with valid: ValidGoal, by user: User, on db: any Database) async throws {
        let previous = goal.status
        goal.apply(valid)
        try await db.transaction { tx in
            try await goal.save(on: tx)
            try await replaceMilestones(of: goal, with: valid.milestones, on: tx)
            if previous != valid.status {
                try await GoalUpdate(organisationID: goal.organisationID, relationshipID: goal.$relationship.id, goalID: try goal.requireID(),
                                     authorID: try user.requireID(), body: "Status changed to \(valid.status.label.lowercased()).",
                                     status: valid.status).create(on: tx)
            }
        }
    }

    static func addUpdate(_ body: String, status: GoalStatus?, to goal: Goal, by user: User, on db: any Database) async throws {
        try await db.transaction { tx in
            try await GoalUpdate(organisationID: goal.organisationID, relationshipID: goal.$relationship.id, goalID: try goal.requireID(),
                                 authorID: try user.requireID(), body: body, status: status).create(on: tx)
            if let status, status != goal.status {
                goal.status = status
                try await goal.save(on: tx)
            }
        }
    }

    /// Rewrites the milestone list, keeping the ticked state of milestones whose title is unchanged.
    static func replaceMilestones(of goal: Goal, with titles: [String], on db: any Database) async throws {
        let goalID = try goal.requireID()
        let existing = try await GoalMilestone.query(on: db).filter(\.$goalID == goalID).all()
        guard existing.map(\.title) != titles else { return }
        let doneAt = Dictionary(existing.compactMap { m in m.doneAt.map { (m.title, $0) } }, uniquingKeysWith: { a, _ in a })
        try await GoalMilestone.query(on: db).filter(\.$goalID == goalID).delete()
        for (index, title) in titles.enumerated() {
            let milestone = GoalMilestone(organisationID: goal.organisationID, relationshipID: goal.$relationship.id,
                                          goalID: goalID, position: index, title: title)
            milestone.doneAt = doneAt[title]
            try await milestone.create(on: db)
        }
    }
}

extension GoalQueries {
    /// Progress updates (not comments) per goal, counted by the database for just these goals.
    static func updateCounts(goalIDs: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !goalIDs.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        let rows = try await sql.select().column("goal_id")
            .column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("updates")))
            .from("goal_updates").where(SQLColumn("goal_id"), .in, SQLBind.group(goalIDs))
            .where(SQLColumn("comment_on"), .is, SQLLiteral.null)
            .groupBy("goal_id").all()
        var counts: [UUID: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "goal_id", as: UUID.self)] = try row.decode(column: "updates", as: Int.self)
        }
        return counts
    }
}
