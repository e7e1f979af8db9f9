import Fluent
import Foundation
import SQLKit
import TandemCore

/// Every read of match runs and of who is matched already.
enum MatchRunQueries {
    /// A run of `programme`, or 404.
    static func run(_ id: UUID?, of programme: Programme, on db: any Database) async throws -> MatchRun {
        guard let id,
              let run = try await MatchRun.query(on: db).filter(\.$id == id)
                .filter(\.$programmeID == programme.requireID()).filter(\.$organisationID == programme.organisationID).first()
        else { throw AccessError.notFound(.matchRun) }
        return run
    }

    /// The earlier run a re-run carries pins and forbids over from, if it is one of `programme`'s.
    static func previous(_ id: UUID?, of programme: Programme, on db: any Database) async throws -> MatchRun? {
        guard let id else { return nil }
        return try await MatchRun.query(on: db).filter(\.$id == id).filter(\.$programmeID == programme.requireID()).first()
    }

    static func recent(of programmeID: UUID, limit: Int = 20, on db: any Database) async throws -> [MatchRun] {
        try await MatchRun.query(on: db).filter(\.$programmeID == programmeID).sort(\.$createdAt, .descending).limit(limit).all()
    }

    /// Mentees who already have an active relationship in the programme are not matched again;
    /// someone who left a circle is free to be matched.
    static func alreadyMatched(programmeID: UUID, on db: any Database) async throws -> Set<UUID> {
        struct Row: Decodable { let user_id: UUID }
        let rows = try await (db as! any SQLDatabase).raw("""
            SELECT m.user_id FROM relationship_members m JOIN relationships r ON r.id = m.relationship_id
            WHERE r.programme_id = \(bind: programmeID) AND r.status = 'active' AND m.role IN ('mentee', 'peer')
              AND m.left_at IS NULL
            """).all(decoding: Row.self)
        return Set(rows.map(\.user_id))
    }
}
