import Fluent
import Foundation
import SQLKit
import TandemCore

enum GoalQueries {
    /// A goal's milestones, in their order.
    static func milestones(of goalID: UUID, on db: any Database) async throws -> [GoalMilestone] {
        try await GoalMilestone.query(on: db).filter(\.$goalID == goalID).sort(\.$position).all()
    }

    /// Every goal of a relationship, oldest first.
    static func goals(in r: Relationship, on db: any Database) async throws -> [Goal] {
        try await Goal.query(on: db).filter(\.$relationship.$id == r.requireID()).sort(\.$createdAt).all()
    }

    /// Every milestone of a relationship's goals, grouped by goal, each in its order.
    static func milestonesByGoal(in r: Relationship, on db: any Database) async throws -> [UUID: [GoalMilestone]] {
        let milestones = try await GoalMilestone.query(on: db).filter(\.$relationshipID == r.requireID()).sort(\.$position).all()
        return Dictionary(grouping: milestones, by: \.goalID)
    }

    /// A goal's progress updates and the comments on them, oldest first.
    static func updates(of goalID: UUID, on db: any Database) async throws -> [GoalUpdate] {
        try await GoalUpdate.query(on: db).filter(\.$goalID == goalID).sort(\.$createdAt).all()
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
