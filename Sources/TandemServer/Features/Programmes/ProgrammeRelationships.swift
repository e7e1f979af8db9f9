import Fluent
import Foundation
import TandemCore

/// The active relationships of a programme, for its admins: a keyset page (newest started
/// first), each with its members, start and health, in a fixed number of queries.
enum ProgrammeRelationships {
    static let pageSize = 20

    struct Row: Encodable {
        let members: String
        let started: String
        let health: String
        let healthCode: String
        let closeURL: String
    }

    struct Page {
        let rows: [Row]
        let next: KeysetCursor?
    }

    static func page(of programme: Programme, after cursor: KeysetCursor?, timeZone: TimeZone, limit: Int = pageSize,
                     on db: any Database) async throws -> Page {
        let programmeID = try programme.requireID()
        var query = Relationship.query(on: db).filter(\.$programme.$id == programmeID)
            .filter(\.$organisationID == programme.organisationID).filter(\.$status == .active)
        if let cursor, let instant = cursor.instant {
            query = query.descending(after: instant, id: cursor.id, key: "started_at")
        }
        let found = try await query.sort(\.$startedAt, .descending).sort(\.$id, .descending).limit(limit + 1)
            .with(\.$members) { $0.with(\.$user) }.all().map { $0.withoutLeftMembers() }
        let shown = Array(found.prefix(limit))
        // The health rules read the programme's first-meeting setting from it.
        for r in shown { r.$programme.value = programme }
        let now = Date()
        let facts = try await MeetingFacts.load(relationshipIDs: shown.compactMap(\.id), now: now, on: db)
        let rows = shown.map { r in
            let health = WorkspaceRhythm.health(relationship: r, facts: facts[r.id ?? UUID()] ?? MeetingFacts(), timeZone: timeZone, now: now)
            return Row(
                // Mentor first, then the others by name.
                members: r.members.sorted { ($0.role == .mentor ? 0 : 1, $0.user.name) < ($1.role == .mentor ? 0 : 1, $1.user.name) }
                    .map { "\($0.user.name) (\($0.role.rawValue))" }.joined(separator: ", "),
                started: DateText.short(r.startedAt, timeZone: timeZone.identifier), health: health.label, healthCode: health.rawValue,
                closeURL: "/programmes/\(programmeID)/relationships/\(r.id?.uuidString ?? "")/close")
        }
        let next = found.count > limit ? shown.last.flatMap { r in r.id.map { KeysetCursor(instant: r.startedAt, id: $0) } } : nil
        return Page(rows: rows, next: next)
    }
}
