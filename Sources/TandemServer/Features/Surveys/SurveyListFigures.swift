import Fluent
import Foundation
import SQLKit
import TandemCore

/// The figures on the surveys index, counted by the database in distinct people and shown only
/// at or above the anonymity threshold (docs/rules.md "Surveys").
enum SurveyListFigures {
    static var threshold: Int { SurveyAggregator.anonymityThreshold }

    /// What a count of distinct people reads as: the number, or "fewer than 5 …" below the threshold.
    static func people(_ count: Int, below: String) -> String {
        count < threshold ? below : "\(count) \(count == 1 ? "person" : "people")"
    }

    /// Distinct people who answered each survey, in one grouped query.
    static func peopleAnswered(surveyIDs: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !surveyIDs.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        let rows = try await sql.select().column("survey_id")
            .column(SQLAlias(SQLFunction("COUNT", args: SQLDistinct(SQLColumn("user_id"))), as: SQLIdentifier("people")))
            .from("survey_responses").where(SQLColumn("survey_id"), .in, SQLBind.group(surveyIDs))
            .groupBy("survey_id").all()
        var counts: [UUID: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "survey_id", as: UUID.self)] = try row.decode(column: "people", as: Int.self)
        }
        return counts
    }

    struct SharedGoals {
        /// Distinct people who shared at least one goal with admins.
        let people: Int
        let byStatus: [GoalStatus: Int]
        var total: Int { byStatus.values.reduce(0, +) }
        var hidden: Bool { people < SurveyListFigures.threshold }
    }

    /// Goals members shared with admins in a programme: goals per status and the distinct owners
    /// behind them, in one grouped query.
    static func sharedGoals(in programme: Programme, on db: any Database) async throws -> SharedGoals {
        guard let sql = db as? any SQLDatabase else { return SharedGoals(people: 0, byStatus: [:]) }
        let rows = try await sql.select().column(SQLColumn("status", table: "g")).column(SQLColumn("owner_id", table: "g"))
            .column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("goals")))
            .from(SQLAlias(SQLIdentifier("goals"), as: SQLIdentifier("g")))
            .join(SQLAlias(SQLIdentifier("relationships"), as: SQLIdentifier("r")), on: SQLColumn("relationship_id", table: "g"), .equal, SQLColumn("id", table: "r"))
            .where(SQLColumn("programme_id", table: "r"), .equal, SQLBind(try programme.requireID()))
            .where(SQLColumn("organisation_id", table: "g"), .equal, SQLBind(programme.organisationID))
            .where(SQLColumn("visibility", table: "g"), .equal, SQLBind(GoalVisibility.admins.rawValue))
            .groupBy(SQLColumn("status", table: "g")).groupBy(SQLColumn("owner_id", table: "g")).all()
        var owners = Set<UUID>()
        var byStatus: [GoalStatus: Int] = [:]
        for row in rows {
            owners.insert(try row.decode(column: "owner_id", as: UUID.self))
            guard let status = GoalStatus(rawValue: try row.decode(column: "status", as: String.self)) else { continue }
            byStatus[status, default: 0] += try row.decode(column: "goals", as: Int.self)
        }
        return SharedGoals(people: owners.count, byStatus: byStatus)
    }
}
