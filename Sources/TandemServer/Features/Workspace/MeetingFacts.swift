import Fluent
import Foundation
import SQLKit
import TandemCore

/// What health, the next due date and the hours need from all of a relationship's meetings,
/// added up by the database in one query, so the page never loads its whole history.
struct MeetingFacts {
    var heldCount = 0
    var confirmedMinutes = 0
    var selfReportedMinutes = 0
    var lastHeldAt: Date?
    var firstMeetingAt: Date?
    var nextScheduledAt: Date?

    var hours: MentoringHours {
        MentoringHours(confirmedMinutes: confirmedMinutes, selfReportedMinutes: selfReportedMinutes, checkInCount: heldCount)
    }

    /// The same facts from meetings already in memory (pages that have them anyway).
    init(meetings: [Meeting], now: Date) {
        let held = meetings.filter { $0.status == .held }
        let hours = MentoringHours.summarise(held.map { (minutes: $0.durationMinutes, confirmed: $0.confirmedAt != nil) })
        heldCount = held.count
        confirmedMinutes = hours.confirmedMinutes
        selfReportedMinutes = hours.selfReportedMinutes
        lastHeldAt = held.map(\.startsAt).max()
        firstMeetingAt = meetings.filter { $0.status != .cancelled }.map(\.startsAt).min()
        nextScheduledAt = meetings.filter { $0.status == .scheduled && $0.startsAt > now }.map(\.startsAt).min()
    }

    init() {}

    static func load(relationshipID: UUID, now: Date, on db: any Database) async throws -> MeetingFacts {
        guard let sql = db as? any SQLDatabase else { return MeetingFacts() }
        // PostgreSQL sums a BIGINT column as NUMERIC, so each sum is cast back to BIGINT.
        let row = try await sql.raw("""
            SELECT
              CAST(COALESCE(SUM(CASE WHEN status = 'held' THEN 1 ELSE 0 END), 0) AS BIGINT) AS held_count,
              CAST(COALESCE(SUM(CASE WHEN status = 'held' AND confirmed_at IS NOT NULL AND duration_minutes > 0
                                     THEN duration_minutes ELSE 0 END), 0) AS BIGINT) AS confirmed_minutes,
              CAST(COALESCE(SUM(CASE WHEN status = 'held' AND confirmed_at IS NULL AND duration_minutes > 0
                                     THEN duration_minutes ELSE 0 END), 0) AS BIGINT) AS self_reported_minutes,
              MAX(CASE WHEN status = 'held' THEN starts_at END) AS last_held,
              MIN(CASE WHEN status <> 'cancelled' THEN starts_at END) AS first_meeting,
              MIN(CASE WHEN status = 'scheduled' AND starts_at > \(bind: now) THEN starts_at END) AS next_scheduled
            FROM meetings WHERE relationship_id = \(bind: relationshipID)
            """).first()
        guard let row else { return MeetingFacts() }
        var facts = MeetingFacts()
        facts.heldCount = try row.decode(column: "held_count", as: Int.self)
        facts.confirmedMinutes = try row.decode(column: "confirmed_minutes", as: Int.self)
        facts.selfReportedMinutes = try row.decode(column: "self_reported_minutes", as: Int.self)
        facts.lastHeldAt = try row.decode(column: "last_held", as: Date?.self)
        facts.firstMeetingAt = try row.decode(column: "first_meeting", as: Date?.self)
        facts.nextScheduledAt = try row.decode(column: "next_scheduled", as: Date?.self)
        return facts
    }
}
