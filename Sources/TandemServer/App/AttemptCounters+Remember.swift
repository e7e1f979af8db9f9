import Foundation
import SQLKit

/// Remembered keys (known devices) share the counters' table, so they are shared by every
/// instance and tidied by the same `trim`.
extension AttemptCounters {
    /// Marks a key as held until `until` (a remembered device): a row with no attempts whose
    /// `wait_until` keeps `trim` away from it until then.
    func remember(_ key: String, until: Date, now: Date) async throws {
        let t = now.timeIntervalSince1970, end = until.timeIntervalSince1970
        try await sql.raw("""
            INSERT INTO sign_in_counters (counter_key, attempts, started_at, last_at, wait_until)
            VALUES (\(bind: Self.storedKey(key)), 0, \(bind: t), \(bind: t), \(bind: end))
            ON CONFLICT (counter_key) DO UPDATE SET last_at = \(bind: t), wait_until = \(bind: end)
            """).run()
    }

    /// Whether `remember` holds the key at `now`.
    func isRemembered(_ key: String, now: Date) async throws -> Bool {
        let row = try await sql.raw("""
            SELECT 1 AS found FROM sign_in_counters
            WHERE counter_key = \(bind: Self.storedKey(key)) AND wait_until > \(bind: now.timeIntervalSince1970)
            """).first()
        return row != nil
    }
}
