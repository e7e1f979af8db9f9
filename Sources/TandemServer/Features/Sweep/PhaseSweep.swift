import Fluent
import Foundation
import SQLKit
import TandemCore
import Vapor

/// What a formal programme's phase boundaries ask for (docs/rules.md "Phases"): matching opens
/// for admins, the active phase starts for everyone enrolled, closing and the end ask open
/// relationships for reflections, and 14 days after the end those still open are archived.
/// Each notice is keyed by programme and phase, so it goes once however many sweeps see it.
enum PhaseSweep {
    static func run(now: Date, app: Application) async throws {
        let db = app.db
        let programmes = try await Programme.query(on: db).filter(\.$mode == .formal).filter(\.$archivedAt == nil).all()
        guard !programmes.isEmpty else { return }
        let zones = try await OrganisationZones.of(Set(programmes.map(\.organisationID)), on: db)
        var drafts: [NotificationDraft] = []
        for programme in programmes {
            guard let schedule = programme.schedule, let id = programme.id else { continue }
            let at = PhaseBoundaries(schedule: schedule, at: now, in: zones[programme.organisationID] ?? .gmt)
            if at.noticeIsDue {
                drafts += try await notices(for: programme, phase: at.phase, on: db).map { userID in
                    draft(programme, to: userID, phase: at.phase, key: "phase:\(id):\(at.phase.rawValue):\(userID)")
                }
            }
            if at.archivesOpenRelationships {
                try await archiveOpenRelationships(of: id, app: app)
            }
        }
        try await Notifier.deliver(drafts, now: now, settings: app.settings, on: db)
    }

    /// Who hears of each phase.
    private static func notices(for programme: Programme, phase: ProgrammePhase, on db: any Database) async throws -> [UUID] {
        switch phase {
        case .upcoming, .enrolment: return []
        case .matching:
            return try await User.query(on: db).filter(\.$organisationID == programme.organisationID)
                .filter(\.$role == .admin).filter(\.$isActive == true).all().compactMap(\.id)
        case .active:
            return try await Enrolment.query(on: db).filter(\.$programme.$id == programme.requireID()).all().map(\.$user.id)
        case .closing, .ended:
            return try await ProgrammePeople.inOpenRelationships(of: programme.requireID(), on: db)
        }
    }

    private static func draft(_ p: Programme, to userID: UUID, phase: ProgrammePhase, key: String) -> NotificationDraft {
        let (title, body, link): (String, String, String) = switch phase {
        case .matching: ("Matching is open for \(p.name)",
                         "Everyone who enrolled is waiting for a partner. Run a match to propose pairs, then approve them.",
                         "/programmes/\(p.id!)/matching")
        case .active: ("\(p.name) is now active", "Meet regularly, log your check-ins and keep your goals up to date.",
                       "/programmes/\(p.id!)")
        case .closing: ("\(p.name) is closing", "Take stock with your partner and write your reflection to close your relationship.",
                        "/")
        default: ("\(p.name) has ended", "Write your reflection to close your relationship. Relationships still open in 14 days are archived.",
                  "/")
        }
        return NotificationDraft(organisationID: p.organisationID, userID: userID, kind: .phaseChanged,
                                 title: title, body: body, link: link, dedupeKey: key)
    }

    /// Archives every relationship of the programme still open after the grace period, as if closed
    /// without a reflection: meetings cancelled, seats given back, an audit entry each.
    private static func archiveOpenRelationships(of programmeID: UUID, app: Application) async throws {
        let open = try await Relationship.query(on: app.db).filter(\.$programme.$id == programmeID)
            .filter(\.$status == .active).with(\.$programme).with(\.$members).all()
        guard !open.isEmpty else { return }
        for relationship in open {
            try await app.db.transaction { tx in
                try await RelationshipClosure.close(relationship, by: nil, on: tx)
            }
        }
        await app.scoringCache.invalidateAll()
    }
}

/// Each organisation's time zone, in one query.
enum OrganisationZones {
    static func of(_ ids: Set<UUID>, on db: any Database) async throws -> [UUID: TimeZone] {
        let orgs = try await Organisation.query(on: db).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(uniqueKeysWithValues: orgs.compactMap { org in
            org.id.map { ($0, TimeZone(identifier: org.timeZone) ?? .gmt) }
        })
    }
}

/// People of a programme, by what they are in.
enum ProgrammePeople {
    /// Members of the programme's active relationships who have not left.
    static func inOpenRelationships(of programmeID: UUID, on db: any Database) async throws -> [UUID] {
        let rows = try await (db as! any SQLDatabase).raw("""
            SELECT DISTINCT m.user_id FROM relationship_members m JOIN relationships r ON r.id = m.relationship_id
            WHERE r.programme_id = \(bind: programmeID) AND r.status = 'active' AND m.left_at IS NULL
            """).all()
        return try rows.map { try $0.decode(column: "user_id", as: UUID.self) }
    }
}
