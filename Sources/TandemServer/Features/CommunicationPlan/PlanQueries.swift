import Fluent
import Foundation
import SQLKit
import TandemCore

/// Every read of the communication plan for its pages and API (the due queries live apart).
enum PlanQueries {
    static func messages(of programme: Programme, on db: any Database) async throws -> [PlanMessage] {
        try await PlanMessage.query(on: db).filter(\.$programme.$id == programme.requireID())
            .sort(\.$position).sort(\.$id).limit(200).all()
    }

    /// A message of `programme` (already checked to be the viewer's organisation's), or 404.
    static func find(_ id: UUID?, in programme: Programme, on db: any Database) async throws -> PlanMessage {
        guard let id,
              let message = try await PlanMessage.query(on: db).filter(\.$id == id)
                .filter(\.$programme.$id == programme.requireID()).first()
        else { throw AccessError.notFound(.planMessage) }
        return message
    }

    /// What has happened to each message of `programme` so far, summed in the database, so the
    /// cost does not grow with the number of pairs. PostgreSQL sums integers as numeric, hence the cast.
    static func runs(of programme: Programme, on db: any Database) async throws -> [UUID: PlanRunSummary] {
        struct Row: Decodable { let plan_message_id: UUID; let state: String; let runs: Int; let people: Int?; let last: Date? }
        let rows = try await (db as! any SQLDatabase).raw("""
            SELECT r.plan_message_id, r.state, COUNT(*) AS runs, CAST(SUM(r.recipients) AS BIGINT) AS people, MAX(r.ran_at) AS last
            FROM plan_message_runs r JOIN plan_messages pm ON pm.id = r.plan_message_id
            WHERE pm.programme_id = \(bind: programme.requireID())
            GROUP BY r.plan_message_id, r.state
            """).all(decoding: Row.self)
        var result: [UUID: PlanRunSummary] = [:]
        for row in rows {
            var summary = result[row.plan_message_id] ?? PlanRunSummary()
            switch PlanRunState(rawValue: row.state) {
            case .sent?: summary.sentRuns = row.runs; summary.people = row.people ?? 0; summary.lastSentAt = row.last
            case .skipped?: summary.skippedRuns = row.runs; summary.lastSkippedAt = row.last
            case nil: break
            }
            result[row.plan_message_id] = summary
        }
        return result
    }

    /// The people enrolled in `programme`, once each, in name order: whom a preview can be for.
    static func enrolledPeople(in programme: Programme, on db: any Database) async throws -> [User] {
        let enrolments = try await Enrolment.query(on: db).join(User.self, on: \Enrolment.$user.$id == \User.$id)
            .filter(\.$programme.$id == programme.requireID()).filter(\.$status == .active)
            .sort(User.self, \.$name).sort(User.self, \.$id).limit(1_000).all()
        var seen = Set<UUID>()
        return try enrolments.map { try $0.joined(User.self) }.filter { seen.insert($0.id ?? UUID()).inserted }
    }
}

/// Runs of one plan message so far.
struct PlanRunSummary: Sendable, Equatable {
    var sentRuns = 0
    var skippedRuns = 0
    /// People reached by the sent runs.
    var people = 0
    var lastSentAt: Date?
    var lastSkippedAt: Date?
}
