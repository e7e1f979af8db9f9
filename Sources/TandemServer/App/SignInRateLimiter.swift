import Fluent
import Foundation

/// Counts failed sign-ins in the database, so every instance shares the limit.
struct SignInRateLimiter {
    let db: any Database
    let failuresPerMinute: Int
    /// An address may try more emails than one email may be tried, but not without bound.
    var ipMultiplier = 4

    func isBlocked(email: String, ip: String, now: Date = Date()) async throws -> Bool {
        let since = now.addingTimeInterval(-60)
        let byEmail = try await SignInFailure.query(on: db)
            .filter(\.$key == "email:\(email)").filter(\.$failedAt > since).count()
        if byEmail >= failuresPerMinute { return true }
        let byIP = try await SignInFailure.query(on: db)
            .filter(\.$key == "ip:\(ip)").filter(\.$failedAt > since).count()
        return byIP >= failuresPerMinute * ipMultiplier
    }

    func recordFailure(email: String, ip: String, now: Date = Date()) async throws {
        try await SignInFailure(key: "email:\(email)", failedAt: now).save(on: db)
        try await SignInFailure(key: "ip:\(ip)", failedAt: now).save(on: db)
        // Old rows are useless after a minute; trim them as we go.
        try await SignInFailure.query(on: db).filter(\.$failedAt < now.addingTimeInterval(-3600)).delete()
    }
}
