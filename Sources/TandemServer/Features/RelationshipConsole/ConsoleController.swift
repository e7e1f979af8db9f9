import Fluent
import TandemCore
import Vapor

/// The programme admins' relationships page (every active pair and circle, filtered by health,
/// a keyset page at a time) and one relationship's detail with its timeline. Admins see what the
/// pair shares with the programme, never notes, messages or feedback text.
enum ConsoleController {
    static let filterParameter = "health"
    static let cursorParameter = "after"

    static func register(_ app: Application) {
        let relationships = app.grouped("programmes", ":programmeID", "relationships")
        relationships.get(use: list)
        relationships.get(":relationshipID", use: detail)
    }

    @Sendable static func list(req: Request) async throws -> View {
        let admin = try req.requireAdmin()
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: admin, on: req.db)
        let programmeID = try programme.requireID()
        let filter = try req.healthFilter()
        let cursor = try req.timeCursor(cursorParameter)
        let zone = try await ViewerZone.of(admin, on: req.db)
        let now = Date()
        let page = try await ConsoleQueries.page(of: programme, filter: filter, after: cursor, timeZone: zone, now: now, on: req.db)
        let base = "/programmes/\(programmeID)/relationships"
        let rows = page.entries.map { ConsoleRowContext($0, programmeID: programmeID, zone: zone.identifier, now: now) }
        return try await req.view.render("programmes/relationships", ConsoleListContext(
            chrome: PageChrome(request: req, title: "Relationships: \(programme.name)", section: "programmes"),
            programmeName: programme.name, programmeURL: "/programmes/\(programmeID)", actionURL: base,
            filters: HealthFilter.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: $0 == filter) },
            filterLabel: filter.label, rows: rows, hasRows: !rows.isEmpty,
            nextURL: page.next.map { "\(base)?\(filterParameter)=\(filter.rawValue)&\(cursorParameter)=\($0.encoded)" },
            isLaterPage: cursor != nil, firstPageURL: "\(base)?\(filterParameter)=\(filter.rawValue)"))
    }

    @Sendable static func detail(req: Request) async throws -> View {
        let admin = try req.requireAdmin()
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: admin, on: req.db)
        let programmeID = try programme.requireID()
        let zone = try await ViewerZone.of(admin, on: req.db)
        let now = Date()
        let entry = try await ConsoleQueries.entry(req.parameters.get("relationshipID", as: UUID.self), of: programme,
                                                   admin: admin, timeZone: zone, now: now, on: req.db)
        let events = try await RelationshipTimeline.recent(of: entry.id, organisationID: admin.organisationID, on: req.db)
        let active = entry.relationship.status == .active
        return try await req.view.render("programmes/relationship", ConsoleDetailContext(
            chrome: PageChrome(request: req, title: "Relationship: \(entry.membersText)", section: "programmes"),
            programmeName: programme.name, programmeURL: "/programmes/\(programmeID)",
            listURL: "/programmes/\(programmeID)/relationships",
            row: ConsoleRowContext(entry, programmeID: programmeID, zone: zone.identifier, now: now),
            cadence: entry.relationship.rhythm.label, selfReportedHours: entry.facts.hours.selfReportedText,
            isActive: active, suggestion: active && entry.assessment.health != .healthy ? EscalationRules.suggestion : nil,
            events: events.map { .init(when: DateText.dateTime($0.createdAt, timeZone: zone.identifier), label: $0.kind.label,
                                       details: $0.details) },
            hasEvents: !events.isEmpty))
    }
}

extension Request {
    /// `?health=`: absent or empty means all; anything else must be a `HealthFilter` (422 otherwise).
    func healthFilter() throws -> HealthFilter {
        let raw = query[String.self, at: ConsoleController.filterParameter] ?? ""
        guard let filter = raw.isEmpty ? .all : HealthFilter(rawValue: raw) else {
            throw ValidationFailure([FieldError(
                field: ConsoleController.filterParameter, .invalid,
                message: "health must be one of \(HealthFilter.allCases.map(\.rawValue).joined(separator: ", ")).")])
        }
        return filter
    }
}
