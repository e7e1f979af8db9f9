import Fluent
import Foundation
import SQLKit
import TandemCore

/// The three lists of the admins' load view, each one query with a fixed limit, so the page costs
/// the same in a programme of 20 people as in one of 20,000.
enum MentorLoadQueries {
    static let limit = 25

    struct MentorRow: Decodable {
        let user_id: UUID
        let name: String
        let capacity: Int
        let seats_used: Int
        let mentor_capacity: Int
        let mentor_seats_used: Int

        var room: MentorRoom {
            MentorRoom(programmeCapacity: capacity, programmeSeatsUsed: seats_used,
                       overallCapacity: mentor_capacity, overallSeatsUsed: mentor_seats_used)
        }
    }

    struct PendingRow: Decodable {
        let mentor_id: UUID
        let name: String
        let pending: Int
        let oldest: Date
    }

    struct WaitingRow: Decodable {
        let user_id: UUID
        let name: String
        let enrolled_at: Date
        let pending: Int
        let oldest_request: Date?
    }

    /// Mentors with at most one seat left (and already mentoring), fullest first.
    static func nearCapacity(programmeID: UUID, role: EnrolmentRole, on db: any SQLDatabase) async throws -> [MentorRow] {
        let left: SQLQueryString = """
            CASE WHEN e.capacity - e.seats_used < p.mentor_capacity - p.mentor_seats_used
                 THEN e.capacity - e.seats_used ELSE p.mentor_capacity - p.mentor_seats_used END
            """
        return try await db.raw("""
            SELECT e.user_id, u.name, e.capacity, e.seats_used, p.mentor_capacity, p.mentor_seats_used
            FROM enrolments e JOIN users u ON u.id = e.user_id JOIN profiles p ON p.user_id = e.user_id
            WHERE e.programme_id = \(bind: programmeID) AND e.role = \(bind: role.rawValue) AND e.status = 'active'
              AND u.is_active = \(bind: true)
              AND (\(left) <= 0 OR (\(left) = 1 AND (e.seats_used > 0 OR p.mentor_seats_used > 0)))
            ORDER BY \(left), u.name, e.user_id
            LIMIT \(unsafeRaw: String(limit))
            """).all(decoding: MentorRow.self)
    }

    /// Mentors with two or more requests waiting for their answer, most first.
    static func manyPending(programmeID: UUID, on db: any SQLDatabase) async throws -> [PendingRow] {
        try await db.raw("""
            SELECT r.mentor_id, u.name, COUNT(*) AS pending, MIN(r.created_at) AS oldest
            FROM mentor_requests r JOIN users u ON u.id = r.mentor_id
            WHERE r.programme_id = \(bind: programmeID) AND r.status = \(bind: RequestStatus.pending.rawValue)
            GROUP BY r.mentor_id, u.name
            HAVING COUNT(*) >= 2
            ORDER BY pending DESC, oldest, r.mentor_id
            LIMIT \(unsafeRaw: String(limit))
            """).all(decoding: PendingRow.self)
    }

    /// Enrolled seekers with no open relationship in the programme, longest enrolled first.
    static func waitingLongest(programmeID: UUID, role: EnrolmentRole, on db: any SQLDatabase) async throws -> [WaitingRow] {
        try await db.raw("""
            SELECT e.user_id, u.name, e.created_at AS enrolled_at,
              (SELECT COUNT(*) FROM mentor_requests r WHERE r.programme_id = e.programme_id AND r.mentee_id = e.user_id
                 AND r.status = \(bind: RequestStatus.pending.rawValue)) AS pending,
              (SELECT MIN(r.created_at) FROM mentor_requests r WHERE r.programme_id = e.programme_id AND r.mentee_id = e.user_id
                 AND r.status = \(bind: RequestStatus.pending.rawValue)) AS oldest_request
            FROM enrolments e JOIN users u ON u.id = e.user_id
            WHERE e.programme_id = \(bind: programmeID) AND e.role = \(bind: role.rawValue) AND e.status = 'active'
              AND u.is_active = \(bind: true)
              AND NOT EXISTS (SELECT 1 FROM relationship_members m JOIN relationships rel ON rel.id = m.relationship_id
                              WHERE m.user_id = e.user_id AND rel.programme_id = e.programme_id
                                AND rel.status = 'active' AND m.left_at IS NULL)
            ORDER BY e.created_at, e.user_id
            LIMIT \(unsafeRaw: String(limit))
            """).all(decoding: WaitingRow.self)
    }
}
