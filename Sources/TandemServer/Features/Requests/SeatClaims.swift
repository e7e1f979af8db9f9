import Fluent
import SQLKit
import TandemCore
import Vapor

/// Claims seats with one conditional UPDATE per limit. Run inside a transaction: if any claim
/// returns no row, throw and the whole transaction rolls back. On SQLite the first claim must be
/// the transaction's first statement, so the write lock is taken before anything is read.
/// A full seat is `RequestRuleError.atCapacity` (409 `capacity.full`), wherever it is claimed.
enum SeatClaims {
    static func claimProgrammeSeat(programmeID: UUID, userID: UUID, role: String, on db: any Database) async throws {
        let row = try await (db as! any SQLDatabase).raw("""
            UPDATE enrolments SET seats_used = seats_used + 1
            WHERE programme_id = \(bind: programmeID) AND user_id = \(bind: userID) AND role = \(bind: role)
              AND status = 'active' AND seats_used < capacity
            RETURNING id
            """).first()
        if row == nil { throw RequestRuleError.atCapacity }
    }

    static func claimPersonalSeat(userID: UUID, on db: any Database) async throws {
        let row = try await (db as! any SQLDatabase).raw("""
            UPDATE profiles SET mentor_seats_used = mentor_seats_used + 1
            WHERE user_id = \(bind: userID) AND mentor_seats_used < mentor_capacity
            RETURNING id
            """).first()
        if row == nil { throw RequestRuleError.atCapacity }
    }

    /// Retries PostgreSQL deadlocks and serialization failures a few times, then answers 409.
    static func withRetry<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        var attempt = 0
        while true {
            do { return try await body() } catch {
                let text = String(reflecting: error)
                let retryable = text.contains("40P01") || text.contains("40001")
                attempt += 1
                if !retryable { throw error }
                if attempt >= 3 { throw RequestRuleError.atCapacity }
            }
        }
    }
}
