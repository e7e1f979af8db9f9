import Fluent
import Foundation
import SQLKit
import TandemCore

/// The escalation ladder, run by the hourly sweep: a pair that is at risk or stalled gets a
/// friendly nudge; still not healthy one cadence period later, its programme's admins get an
/// alert with a suggested action; healthy again, it starts over. Each step is claimed with one
/// conditional UPDATE on the relationship (the first statement of its transaction, so SQLite
/// takes the write lock at once), and only the claimer records the step on the timeline and
/// notifies: two instances sweeping at once take each step exactly once.
enum RiskEscalation {
    static let batch = 500

    static func run(now: Date, settings: AppSettings, on db: any Database) async throws {
        let open = try await Relationship.query(on: db).filter(\.$status == .active).with(\.$programme)
            .with(\.$members) { $0.with(\.$user) }.all().map { $0.withoutLeftMembers() }
        guard !open.isEmpty else { return }
        let zones = try await OrganisationZones.of(Set(open.map(\.organisationID)), on: db)
        var steps: [(Relationship, EscalationRules.Step, HealthAssessment)] = []
        for start in stride(from: 0, to: open.count, by: batch) {
            let slice = open[start..<min(start + batch, open.count)]
            let facts = try await MeetingFacts.load(relationshipIDs: slice.compactMap(\.id), now: now, on: db)
            for r in slice {
                let assessment = WorkspaceRhythm.assess(relationship: r, facts: facts[r.id ?? UUID()] ?? MeetingFacts(),
                                                        timeZone: zones[r.organisationID] ?? .gmt, now: now)
                let step = EscalationRules.next(health: assessment.health, nudgedAt: r.riskNudgedAt, escalatedAt: r.riskEscalatedAt,
                                                cadenceDays: r.rhythm.days, now: now)
                if step != .none { steps.append((r, step, assessment)) }
            }
        }
        guard !steps.isEmpty else { return }
        let members = steps.filter { $0.1 == .nudgeMembers }.flatMap { step in step.0.members.map { $0.$user.id } }
        let recent = try await RecentNudges.lastSent(.nudgeRelationshipAtRisk, to: Array(Set(members)),
                                                     since: now.addingTimeInterval(-NudgeRateLimit.window), on: db)
        let admins = try await ProgrammeAdmins.of(Set(steps.filter { $0.1 == .alertAdmins }.map { $0.0.organisationID }), on: db)
        var nudged = Set<UUID>()
        for (r, step, assessment) in steps {
            switch step {
            case .nudgeMembers:
                // At most one such nudge per person in three days. A pair none of whose members may
                // be nudged yet waits, unrecorded, for a later hour, so admins are never alerted
                // about a pair that was not told first.
                let drafts = RiskNotices.nudges(r, now: now).filter { draft in
                    NudgeRateLimit.allows(lastSent: recent[draft.userID], now: now) && nudged.insert(draft.userID).inserted
                }
                guard !drafts.isEmpty else { continue }
                try await take(step, of: r, now: now, details: RiskNotices.reasonsText(assessment), drafts: drafts, settings: settings, on: db)
            case .alertAdmins:
                let drafts = RiskNotices.alerts(r, assessment: assessment, admins: admins[r.organisationID] ?? [], now: now)
                try await take(step, of: r, now: now, details: RiskNotices.reasonsText(assessment), drafts: drafts, settings: settings, on: db)
            case .recovered:
                try await take(step, of: r, now: now, details: "Healthy again.", drafts: [], settings: settings, on: db)
            case .none:
                break
            }
        }
    }

    /// Claims `step` for `r`; only the sweep that gets the row back records and notifies.
    static func take(_ step: EscalationRules.Step, of r: Relationship, now: Date, details: String, drafts: [NotificationDraft],
                     settings: AppSettings, on db: any Database) async throws {
        let rid = try r.requireID()
        try await db.transaction { tx in
            let sql = tx as! any SQLDatabase
            let claimed: (any SQLRow)?
            let kind: RelationshipEventKind
            switch step {
            case .nudgeMembers:
                kind = .nudged
                claimed = try await sql.raw("""
                    UPDATE relationships SET risk_nudged_at = \(bind: now)
                    WHERE id = \(bind: rid) AND status = 'active' AND risk_nudged_at IS NULL RETURNING id
                    """).first()
            case .alertAdmins:
                kind = .escalated
                // The Core rule decided; the second of slack absorbs dates read back rounded.
                let cutoff = now.addingTimeInterval(-Double(max(r.rhythm.days, 1)) * 86_400 + 1)
                claimed = try await sql.raw("""
                    UPDATE relationships SET risk_escalated_at = \(bind: now)
                    WHERE id = \(bind: rid) AND status = 'active' AND risk_escalated_at IS NULL
                      AND risk_nudged_at IS NOT NULL AND risk_nudged_at <= \(bind: cutoff) RETURNING id
                    """).first()
            case .recovered:
                kind = .recovered
                claimed = try await sql.raw("""
                    UPDATE relationships SET risk_nudged_at = NULL, risk_escalated_at = NULL
                    WHERE id = \(bind: rid) AND (risk_nudged_at IS NOT NULL OR risk_escalated_at IS NOT NULL) RETURNING id
                    """).first()
            case .none:
                return
            }
            guard claimed != nil else { return }
            try await RelationshipTimeline.record(kind, on: r, details: details, actor: nil, at: now, on: tx)
            try await Notifier.deliver(drafts, now: now, settings: settings, on: tx)
        }
    }
}

/// The admins who run a programme: its organisation's active admins (no coordinator role yet).
enum ProgrammeAdmins {
    static func of(_ organisationIDs: Set<UUID>, on db: any Database) async throws -> [UUID: [UUID]] {
        guard !organisationIDs.isEmpty else { return [:] }
        let admins = try await User.query(on: db).filter(\.$organisationID ~~ Array(organisationIDs))
            .filter(\.$role == .admin).filter(\.$isActive == true).all()
        return Dictionary(grouping: admins, by: \.organisationID).mapValues { $0.compactMap(\.id) }
    }
}
