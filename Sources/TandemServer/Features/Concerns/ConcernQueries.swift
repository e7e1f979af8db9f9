import Fluent
import Foundation
import TandemCore

enum ConcernQueries {
    static let pageSize = 25

    struct Page {
        let rows: [Concern]
        let next: KeysetCursor?
    }

    /// How many of `user`'s concerns are still open, counted no further than the flood limit.
    static func openCount(raisedBy user: User, on db: any Database) async throws -> Int {
        try await Concern.query(on: db).filter(\.$raisedBy.$id == user.requireID()).filter(\.$resolvedAt == nil)
            .limit(ConcernRules.maxOpenPerPerson).all(\.$id).count
    }

    /// One keyset page of open concerns (newest raised first) or resolved ones (newest resolved
    /// first), with what each row shows, in a fixed number of queries. A cursor whose time is not
    /// a sane date is ignored, so a forged one gives the first page.
    static func page(organisationID: UUID, open: Bool, after cursor: KeysetCursor?, limit: Int = pageSize,
                     on db: any Database) async throws -> Page {
        let key: FieldKey = open ? "created_at" : "resolved_at"
        var query = Concern.query(on: db).filter(\.$organisationID == organisationID)
        query = open ? query.filter(\.$resolvedAt == nil) : query.filter(\.$resolvedAt != nil)
        if let cursor, let instant = cursor.instant {
            query = query.descending(after: instant, id: cursor.id, key: key)
        }
        let rows = try await query.sort(key, .descending).sort(\.$id, .descending).limit(limit + 1)
            .with(\.$raisedBy).with(\.$relationship) { $0.with(\.$programme).with(\.$members) { $0.with(\.$user) } }
            .all()
        let shown = Array(rows.prefix(limit))
        let next = rows.count > limit ? shown.last.flatMap { c -> KeysetCursor? in
            guard let id = c.id, let time = open ? c.createdAt : c.resolvedAt else { return nil }
            return KeysetCursor(instant: time, id: id)
        } : nil
        return Page(rows: shown, next: next)
    }
}
