import Foundation
import SQLKit

/// Sign-in throttling, shared by every instance through the database. Each attempt is counted
/// before its password is checked, so 40 parallel guesses cannot all be checked.
///
/// - per (email, IP): a hard limit per window, so one source cannot keep guessing;
/// - per IP: a looser hard limit across emails (successes are given back, so it counts failures);
/// - per email across all IPs: a soft limit. Past `accountFree` attempts, each one starts a
///   growing wait, capped, so a spread-out attack slows down without locking the real person
///   out for good: they can sign in from their own address once the (short) wait is over.
struct SignInRateLimiter {
    /// The counters one allowed attempt holds, to settle once the password is checked.
    struct Claim {
        let pairKey: String
        let ipKey: String
        let accountKey: String
    }

    let counters: AttemptCounters
    let limits: SignInLimits

    init(sql: any SQLDatabase, limits: SignInLimits) {
        self.counters = AttemptCounters(sql: sql)
        self.limits = limits
    }

    /// Counts this attempt; nil means refuse it without checking the password.
    func claim(email: String, ip: String, now: Date = Date()) async throws -> Claim? {
        let claim = Claim(pairKey: "pair:\(email)|\(ip)", ipKey: "ip:\(ip)", accountKey: "account:\(email)")
        guard try await counters.hit(claim.pairKey, window: limits.window, now: now) <= limits.perPair else {
            return nil
        }
        guard try await counters.hit(claim.ipKey, window: limits.window, now: now) <= limits.perIP else {
            try await counters.refund(claim.pairKey)
            return nil
        }
        guard try await counters.hitWithBackoff(
            claim.accountKey, free: limits.accountFree, step: limits.accountStep,
            cap: limits.accountCap, forgetAfter: limits.accountForgetAfter, now: now) != nil
        else {
            // Refused before any check: these attempts should not use up the pair's or address's budget.
            try await counters.refund(claim.pairKey)
            try await counters.refund(claim.ipKey)
            return nil
        }
        return claim
    }

    /// The right password: clear this pair and the account's wait, give the address its attempt back.
    func succeeded(_ claim: Claim) async throws {
        try await counters.reset(claim.pairKey)
        try await counters.reset(claim.accountKey)
        try await counters.refund(claim.ipKey)
    }

    /// A wrong password keeps its counts; tidy stale rows while we are here.
    func failed(_ claim: Claim, now: Date = Date()) async throws {
        try await counters.trim(now: now)
    }
}
