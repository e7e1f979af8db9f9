import Fluent
import Foundation
import SQLKit
import TandemCore

/// Requests still waiting, with what `RequestClock` needs: when each was sent, its programme's
/// window and its organisation's zone. Served by the `mentor_requests_pending_age` index.
struct PendingRequest: Decodable {
    let id: UUID
    let organisation_id: UUID
    let programme_id: UUID
    let programme_name: String
    let mentee_id: UUID
    let mentor_id: UUID
    let created_at: Date
    let response_window_days: Int

    /// Waiting requests sent at or before `sentBefore`, each with its organisation's zone.
    static func load(sentBefore: Date, on db: any Database) async throws -> [(request: PendingRequest, zone: TimeZone)] {
        let rows = try await (db as! any SQLDatabase).raw("""
            SELECT r.id, r.organisation_id, r.programme_id, p.name AS programme_name, r.mentee_id, r.mentor_id, r.created_at,
                   p.response_window_days
            FROM mentor_requests r JOIN programmes p ON p.id = r.programme_id
            WHERE r.status = \(bind: RequestStatus.pending.rawValue) AND r.created_at <= \(bind: sentBefore)
            """).all(decoding: PendingRequest.self)
        guard !rows.isEmpty else { return [] }
        let zones = try await OrganisationZones.of(Set(rows.map(\.organisation_id)), on: db)
        return rows.map { ($0, zones[$0.organisation_id] ?? .gmt) }
    }
}
