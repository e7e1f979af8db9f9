import Fluent
import Foundation
import SQLKit
import TandemCore

/// What health, the next due date and the hours need from a relationship: its meetings added up
/// by the database in one query, each member's latest activity and the pair's pulse scores (one
/// query each), so a page never loads a whole history.
struct MeetingFacts {
    var heldCount = 0
    var confirmedMinutes = 0
    var selfReportedMinutes = 0
    var lastHeldAt: Date?
    var firstMeetingAt: Date?
    var nextScheduledAt: Date?
    /// Each member's latest activity (scheduled, logged, confirmed or messaged), by user id.
    var lastActiveAt: [UUID: Date] = [:]
    /// Pulse scores of surveys that are not anonymous, oldest first, each 0…1.
    var pulseScores: [Double] = []

    var hours: MentoringHours {
        MentoringHours(confirmedMinutes: confirmedMinutes, selfReportedMinutes: selfReportedMinutes, checkInCount: heldCount)
    }

    init() {}

    static func load(relationshipID: UUID, now: Date, on db: any Database) async throws -> MeetingFacts {
        try await load(relationshipIDs: [relationshipID], now: now, on: db)[relationshipID] ?? MeetingFacts()
    }

    /// Like `load(relationshipIDs:)` for any number of relationships (the sweep's), 500 to a query.
    static func loadInBatches(relationshipIDs: [UUID], now: Date, on db: any Database) async throws -> [UUID: MeetingFacts] {
        var facts: [UUID: MeetingFacts] = [:]
        for start in stride(from: 0, to: relationshipIDs.count, by: 500) {
            let ids = Array(relationshipIDs[start..<min(start + 500, relationshipIDs.count)])
            facts.merge(try await load(relationshipIDs: ids, now: now, on: db)) { a, _ in a }
        }
        return facts
    }

    /// The facts of each of these relationships in three grouped queries, whatever their number of
    /// meetings, messages and answers. Relationships without any are absent (their facts are the empty ones).
    static func load(relationshipIDs: [UUID], now: Date, on db: any Database) async throws -> [UUID: MeetingFacts] {
        guard !relationshipIDs.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        var result = try await sums(relationshipIDs, now: now, on: sql)
        for (id, active) in try await MemberActivity.latest(relationshipIDs: relationshipIDs, on: sql) {
            result[id, default: MeetingFacts()].lastActiveAt = active
        }
        for (id, scores) in try await PulseScores.load(relationshipIDs: relationshipIDs, on: sql) {
            result[id, default: MeetingFacts()].pulseScores = scores
        }
        return result
    }

    private static func sums(_ relationshipIDs: [UUID], now: Date, on sql: any SQLDatabase) async throws -> [UUID: MeetingFacts] {
        // PostgreSQL sums a BIGINT column as NUMERIC, so each sum is cast back to BIGINT.
        let rows = try await sql.raw("""
            SELECT relationship_id,
              CAST(COALESCE(SUM(CASE WHEN status = 'held' THEN 1 ELSE 0 END), 0) AS BIGINT) AS held_count,
              CAST(COALESCE(SUM(CASE WHEN status = 'held' AND confirmed_at IS NOT NULL AND duration_minutes > 0
                                     THEN duration_minutes ELSE 0 END), 0) AS BIGINT) AS confirmed_minutes,
              CAST(COALESCE(SUM(CASE WHEN status = 'held' AND confirmed_at IS NULL AND duration_minutes > 0
                                     THEN duration_minutes ELSE 0 END), 0) AS BIGINT) AS self_reported_minutes,
              MAX(CASE WHEN status = 'held' THEN starts_at END) AS last_held,
              MIN(CASE WHEN status <> 'cancelled' THEN starts_at END) AS first_meeting,
              MIN(CASE WHEN status = 'scheduled' AND starts_at > \(bind: now) THEN starts_at END) AS next_scheduled
            FROM meetings WHERE relationship_id IN (\(binds: relationshipIDs))
            GROUP BY relationship_id
            """).all()
        var result: [UUID: MeetingFacts] = [:]
        for row in rows {
            var facts = MeetingFacts()
            facts.heldCount = try row.decode(column: "held_count", as: Int.self)
            facts.confirmedMinutes = try row.decode(column: "confirmed_minutes", as: Int.self)
            facts.selfReportedMinutes = try row.decode(column: "self_reported_minutes", as: Int.self)
            facts.lastHeldAt = try row.decode(column: "last_held", as: Date?.self)
            facts.firstMeetingAt = try row.decode(column: "first_meeting", as: Date?.self)
            facts.nextScheduledAt = try row.decode(column: "next_scheduled", as: Date?.self)
            result[try row.decode(column: "relationship_id", as: UUID.self)] = facts
        }
        return result
    }
}
