import Fluent
import Foundation
import TandemCore

/// A programme's active relationships for its admins, newest started first, filtered by health.
/// Health is computed (one shared Core rule), not stored, so a filtered page walks the programme
/// in batches and stops after `maxBatches`: a page costs a bounded number of queries whatever
/// the programme's size. When the walk stops before filling a page, the next cursor continues
/// from the last relationship examined.
enum ConsoleQueries {
    static let pageSize = 20
    static let filteredBatch = 100
    static let maxBatches = 3

    struct Page {
        let entries: [ConsoleEntry]
        let next: KeysetCursor?
    }

    static func page(of programme: Programme, filter: HealthFilter, after cursor: KeysetCursor?, timeZone: TimeZone,
                     now: Date = Date(), limit: Int = pageSize, on db: any Database) async throws -> Page {
        let batchSize = filter == .all ? limit + 1 : max(filteredBatch, limit + 1)
        var entries: [ConsoleEntry] = []
        var position = cursor
        for _ in 0..<maxBatches {
            let batch = try await relationships(of: programme, after: position, limit: batchSize, on: db)
            let ids = batch.compactMap(\.id)
            let facts = try await MeetingFacts.load(relationshipIDs: ids, now: now, on: db)
            let agreements = try await ConsoleAgreement.states(of: ids, on: db)
            for r in batch {
                let entry = ConsoleEntry.make(r, facts: facts[r.id ?? UUID()] ?? MeetingFacts(),
                                              agreement: agreements[r.id ?? UUID()] ?? ConsoleAgreement.unknown,
                                              timeZone: timeZone, now: now)
                guard filter.includes(entry.assessment.health) else { position = cursorAt(r); continue }
                // One more match than the page holds: there is a next page, from the last one shown.
                if entries.count == limit { return Page(entries: entries, next: entries.last.flatMap { cursorAt($0.relationship) }) }
                entries.append(entry)
                position = cursorAt(r)
            }
            if batch.count < batchSize { return Page(entries: entries, next: nil) }
        }
        return Page(entries: entries, next: position)
    }

    static func cursorAt(_ r: Relationship) -> KeysetCursor? {
        r.id.map { KeysetCursor(instant: r.startedAt, id: $0) }
    }

    /// Active relationships of the programme after `cursor`, with their current members.
    static func relationships(of programme: Programme, after cursor: KeysetCursor?, limit: Int,
                              on db: any Database) async throws -> [Relationship] {
        let programmeID = try programme.requireID()
        var query = Relationship.query(on: db).filter(\.$programme.$id == programmeID)
            .filter(\.$organisationID == programme.organisationID).filter(\.$status == .active)
        if let cursor, let instant = cursor.instant {
            query = query.descending(after: instant, id: cursor.id, key: "started_at")
        }
        let found = try await query.sort(\.$startedAt, .descending).sort(\.$id, .descending).limit(limit)
            .with(\.$members) { $0.with(\.$user) }.all()
        // The health rules read the programme's first-meeting setting from it.
        for r in found { r.$programme.value = programme }
        return found.map { $0.withoutLeftMembers() }
    }

    /// One relationship of the programme (any status) for its detail page, with its facts.
    static func entry(_ id: UUID?, of programme: Programme, admin: User, timeZone: TimeZone, now: Date = Date(),
                      on db: any Database) async throws -> ConsoleEntry {
        let r = try await ProgrammeQueries.relationship(id, of: programme, for: admin, on: db)
        let rid = try r.requireID()
        let facts = try await MeetingFacts.load(relationshipID: rid, now: now, on: db)
        let agreement = try await ConsoleAgreement.states(of: [rid], on: db)[rid] ?? ConsoleAgreement.unknown
        return ConsoleEntry.make(r, facts: facts, agreement: agreement, timeZone: timeZone, now: now)
    }
}
