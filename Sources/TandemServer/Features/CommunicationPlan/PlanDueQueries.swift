import Fluent
import Foundation
import SQLKit
import TandemCore

/// The plan messages due at a moment, across every programme, for the delivery job. Five queries
/// whatever the number of programmes, messages, people or pairs: two for candidate occurrences
/// (each anti-joined with the runs already recorded, so a run happens once) and three for the
/// roster of the programmes concerned.
enum PlanDueQueries {
    /// Every enabled plan message whose occurrence is due at `now` and has no run yet, with its
    /// recipients resolved from its audience. Past `validUntil` (or due before it was planned) it
    /// comes back with a `skipReason` and no recipients: record it as skipped with
    /// `PlanRunRecorder.record`. Catch-up after downtime therefore yields one item per occurrence,
    /// never one per missed day.
    static func due(at now: Date, on db: any Database) async throws -> [DuePlanMessage] {
        let sql = db as! any SQLDatabase
        let candidates = try await programmeLevel(on: sql) + perRelationship(upTo: now, on: sql)
        var decided: [(PlanDueRow, PlanOccurrence, PlanDecision)] = []
        for row in candidates {
            guard let occurrence = row.occurrence() else { continue }
            let decision = occurrence.decision(at: now, plannedAt: row.planned_at)
            if decision != .notDue { decided.append((row, occurrence, decision)) }
        }
        let sending = Set(decided.filter { $0.2 == .send }.map(\.0.programme_id))
        let roster = try await PlanRoster.load(programmeIDs: sending.sorted { $0.uuidString < $1.uuidString }, on: db)
        return decided.map { row, occurrence, decision in
            var skip: PlanSkipReason?
            if case .skip(let reason) = decision { skip = reason }
            let audience = PlanAudience(rawValue: row.audience) ?? .everyone
            var recipients: [PlanRecipient] = []
            if skip == nil {
                if let rid = row.relationship_id {
                    recipients = roster.pair(rid).map { roster.recipients(of: audience, in: $0) } ?? []
                } else {
                    recipients = roster.recipients(of: audience, in: row.programme_id)
                }
            }
            return DuePlanMessage(
                messageID: row.id, organisationID: row.organisation_id, programmeID: row.programme_id,
                programmeName: row.programme_name, occurrence: row.relationship_id.map { .relationship($0) } ?? .programme,
                dueAt: occurrence.dueAt, validUntil: occurrence.validUntil, skipReason: skip,
                subject: row.subject, body: row.body, channels: PlanChannel.parse(row.channels), recipients: recipients)
        }
    }

    static let columns = """
        pm.id, pm.organisation_id, pm.programme_id, pm.event, pm.offset_days, pm.audience, pm.subject, pm.body,
        pm.channels, pm.planned_at, p.name AS programme_name, p.enrolment_starts, p.matching_starts,
        p.active_starts, p.closing_starts, p.ends_on, o.time_zone
        """

    /// Enabled phase-event messages of formal, unarchived programmes with no run yet.
    static func programmeLevel(on sql: any SQLDatabase) async throws -> [PlanDueRow] {
        try await sql.raw("""
            SELECT \(unsafeRaw: columns) FROM plan_messages pm
            JOIN programmes p ON p.id = pm.programme_id
            JOIN organisations o ON o.id = pm.organisation_id
            WHERE pm.enabled = \(bind: true) AND pm.event <> \(bind: PlanEvent.matched.rawValue)
              AND p.mode = \(bind: ProgrammeMode.formal.rawValue) AND p.archived_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM plan_message_runs r
                              WHERE r.plan_message_id = pm.id AND r.occurrence = \(bind: PlanOccurrenceKey.programme.stored))
            ORDER BY pm.programme_id, pm.position
            """).all(decoding: PlanDueRow.self)
    }

    /// Enabled match messages × active relationships matched by `now`, with no run yet for that
    /// relationship. Pairs whose later message is not due yet come back too and are filtered in
    /// Swift, where the organisation's zone is known.
    static func perRelationship(upTo now: Date, on sql: any SQLDatabase) async throws -> [PlanDueRow] {
        try await sql.raw("""
            SELECT \(unsafeRaw: columns), rel.id AS relationship_id, rel.started_at FROM plan_messages pm
            JOIN programmes p ON p.id = pm.programme_id
            JOIN organisations o ON o.id = pm.organisation_id
            JOIN relationships rel ON rel.programme_id = pm.programme_id
            WHERE pm.enabled = \(bind: true) AND pm.event = \(bind: PlanEvent.matched.rawValue)
              AND p.archived_at IS NULL AND rel.status = \(bind: RelationshipStatus.active.rawValue)
              AND rel.started_at <= \(bind: now)
              AND NOT EXISTS (SELECT 1 FROM plan_message_runs r
                              WHERE r.plan_message_id = pm.id AND r.relationship_id = rel.id)
            ORDER BY pm.programme_id, pm.position, rel.started_at, rel.id
            """).all(decoding: PlanDueRow.self)
    }
}

/// One candidate occurrence as the due queries read it.
struct PlanDueRow: Decodable, Sendable {
    let id: UUID
    let organisation_id: UUID
    let programme_id: UUID
    let event: String
    let offset_days: Int
    let audience: String
    let subject: String
    let body: String
    let channels: String
    let planned_at: Date
    let programme_name: String
    let enrolment_starts: String?
    let matching_starts: String?
    let active_starts: String?
    let closing_starts: String?
    let ends_on: String?
    let time_zone: String
    let relationship_id: UUID?
    let started_at: Date?

    func occurrence() -> PlanOccurrence? {
        guard let event = PlanEvent(rawValue: event) else { return nil }
        let trigger = PlanTrigger(event, offsetDays: offset_days)
        let zone = TimeZone(identifier: time_zone) ?? .gmt
        if let started_at { return PlanSchedule.occurrence(of: trigger, matchedAt: started_at, timeZone: zone) }
        guard let e = enrolment_starts.flatMap(LocalDate.init(iso:)), let m = matching_starts.flatMap(LocalDate.init(iso:)),
              let a = active_starts.flatMap(LocalDate.init(iso:)), let c = closing_starts.flatMap(LocalDate.init(iso:)),
              let end = ends_on.flatMap(LocalDate.init(iso:)) else { return nil }
        let schedule = ProgrammeSchedule(enrolmentStarts: e, matchingStarts: m, activeStarts: a, closingStarts: c, endsOn: end)
        return PlanSchedule.occurrence(of: trigger, in: schedule, timeZone: zone)
    }
}
