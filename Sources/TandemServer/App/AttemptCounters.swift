import Crypto
import Foundation
import SQLKit

/// Throttling counters in `sign_in_counters`. Each attempt is counted by one upsert that
/// returns the new count, so parallel requests each see a distinct number on both
/// databases (PostgreSQL locks the row for ON CONFLICT DO UPDATE; SQLite runs one writer).
/// In an upsert's SET, every column reads the row's old values, on both databases.
///
/// Callers name counters by a logical key ("pair:<email>|<ip>"); the row's primary key is the
/// SHA-256 of it in hex, a fixed 64 bytes whatever the client sent (PostgreSQL refuses index
/// entries over ~2.7 KB, and an email or address is the client's to choose).
struct AttemptCounters {
    let sql: any SQLDatabase

    static func storedKey(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Counts an attempt in a fixed window and returns the count in this window, this one included.
    func hit(_ logicalKey: String, window: TimeInterval, now: Date) async throws -> Int {
        let key = Self.storedKey(logicalKey), t = now.timeIntervalSince1970, windowStartedBefore = t - window
        let row = try await sql.raw("""
            INSERT INTO sign_in_counters (counter_key, attempts, started_at, last_at, wait_until)
            VALUES (\(bind: key), 1, \(bind: t), \(bind: t), 0)
            ON CONFLICT (counter_key) DO UPDATE SET
              attempts = CASE WHEN sign_in_counters.started_at <= \(bind: windowStartedBefore) THEN 1
                              ELSE sign_in_counters.attempts + 1 END,
              started_at = CASE WHEN sign_in_counters.started_at <= \(bind: windowStartedBefore) THEN \(bind: t)
                                ELSE sign_in_counters.started_at END,
              last_at = \(bind: t)
            RETURNING attempts
            """).first()
        return try row?.decode(column: "attempts", as: Int.self) ?? Int.max
    }

    /// Counts an attempt unless the key is in a wait, and returns the count (nil: refused, not counted).
    /// The first `free` attempts cost nothing; from then on each one starts a wait that grows by
    /// `step` per attempt up to `cap`. A key quiet for `forgetAfter` starts again from zero.
    /// Refused attempts change nothing, so hammering the key cannot stretch the wait.
    func hitWithBackoff(_ logicalKey: String, free: Int, step: TimeInterval, cap: TimeInterval,
                        forgetAfter: TimeInterval, now: Date) async throws -> Int? {
        let key = Self.storedKey(logicalKey), t = now.timeIntervalSince1970, quietSince = t - forgetAfter
        let row = try await sql.raw("""
            INSERT INTO sign_in_counters (counter_key, attempts, started_at, last_at, wait_until)
            VALUES (\(bind: key), 1, \(bind: t), \(bind: t), \(bind: free <= 1 ? t + step : 0))
            ON CONFLICT (counter_key) DO UPDATE SET
              attempts = CASE WHEN sign_in_counters.last_at <= \(bind: quietSince) THEN 1
                              ELSE sign_in_counters.attempts + 1 END,
              started_at = CASE WHEN sign_in_counters.last_at <= \(bind: quietSince) THEN \(bind: t)
                                ELSE sign_in_counters.started_at END,
              wait_until = CASE
                WHEN sign_in_counters.last_at <= \(bind: quietSince) OR sign_in_counters.attempts + 1 < \(bind: free) THEN 0
                WHEN (sign_in_counters.attempts + 2 - \(bind: free)) * \(bind: step) >= \(bind: cap) THEN \(bind: t + cap)
                ELSE \(bind: t) + (sign_in_counters.attempts + 2 - \(bind: free)) * \(bind: step)
              END,
              last_at = \(bind: t)
            WHERE sign_in_counters.wait_until <= \(bind: t)
            RETURNING attempts
            """).first()
        return try row?.decode(column: "attempts", as: Int.self)
    }

    /// Takes back one counted attempt that never reached the password check.
    func refund(_ key: String) async throws {
        try await sql.raw("""
            UPDATE sign_in_counters SET attempts = attempts - 1
            WHERE counter_key = \(bind: Self.storedKey(key)) AND attempts > 0
            """).run()
    }

    func reset(_ key: String) async throws {
        try await sql.raw("DELETE FROM sign_in_counters WHERE counter_key = \(bind: Self.storedKey(key))").run()
    }

    /// Drops counters nobody has touched for a day and that hold no wait.
    func trim(now: Date) async throws {
        let t = now.timeIntervalSince1970
        try await sql.raw("""
            DELETE FROM sign_in_counters WHERE last_at < \(bind: t - 86_400) AND wait_until < \(bind: t)
            """).run()
    }
}
