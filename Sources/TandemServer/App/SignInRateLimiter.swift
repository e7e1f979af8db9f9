import Foundation
import SQLKit

/// Sign-in throttling, shared by every instance through the database. Each attempt is counted
/// before its password is checked, so 40 parallel guesses cannot all be checked.
///
/// - per address (an IPv6 /64): a hard limit across emails. Every attempt counts, refused ones
///   too, so hammering from one address throttles that address; successes are given back;
/// - per (email, address): a hard limit per window, so one source cannot keep guessing;
/// - per email across all addresses: a soft limit. Past `accountFree` attempts, each one starts
///   a growing wait, capped, so a spread-out attack slows down.
///
/// The soft wait alone would let a third party lock a person out for good: an attacker at the
/// cap wins the race for the first attempt after every wait, which sets the next one. So a
/// device that has signed in to the account before (a random cookie, remembered here for
/// `knownDeviceLifetime`) skips the account's wait; only the hard limits apply to it. A new
/// device, which the attacker's are, still meets the wait.
struct SignInRateLimiter {
    /// The counters one allowed attempt holds, to settle once the password is checked.
    struct Claim {
        let email: String
        let pairKey: String
        let ipKey: String
        let accountKey: String
        /// Whether the attempt came from a known device, so passed over the account's wait.
        let knownDevice: Bool
    }

    let counters: AttemptCounters
    let limits: SignInLimits

    init(sql: any SQLDatabase, limits: SignInLimits) {
        self.counters = AttemptCounters(sql: sql)
        self.limits = limits
    }

    static func deviceKey(email: String, device: String) -> String { "device:\(email)|\(device)" }

    /// Counts this attempt; nil means refuse it without checking the password. `network` is the
    /// client's address as `ClientNetwork` counts it; `device` the keyed hash of its device cookie.
    func claim(email: String, network: String, device: String?, now: Date = Date()) async throws -> Claim? {
        let pairKey = "pair:\(email)|\(network)", ipKey = "ip:\(network)", accountKey = "account:\(email)"
        guard try await counters.hit(ipKey, window: limits.window, now: now) <= limits.perIP,
              try await counters.hit(pairKey, window: limits.window, now: now) <= limits.perPair else {
            return nil
        }
        if let device, try await counters.isRemembered(Self.deviceKey(email: email, device: device), now: now) {
            return Claim(email: email, pairKey: pairKey, ipKey: ipKey, accountKey: accountKey, knownDevice: true)
        }
        guard try await counters.hitWithBackoff(
            accountKey, free: limits.accountFree, step: limits.accountStep,
            cap: limits.accountCap, forgetAfter: limits.accountForgetAfter, now: now) != nil
        else {
            // The account's wait, not this pair's guessing, refused it: keep the pair's budget.
            try await counters.refund(pairKey)
            return nil
        }
        return Claim(email: email, pairKey: pairKey, ipKey: ipKey, accountKey: accountKey, knownDevice: false)
    }

    /// The right password: clear this pair, give the address its attempt back, and remember the
    /// device. An attempt that went through the account's wait clears it too; one from a known
    /// device leaves it, so the person signing in does not hand an attacker fresh free guesses.
    func succeeded(_ claim: Claim, device: String, now: Date = Date()) async throws {
        try await counters.reset(claim.pairKey)
        if !claim.knownDevice { try await counters.reset(claim.accountKey) }
        try await counters.refund(claim.ipKey)
        try await counters.remember(Self.deviceKey(email: claim.email, device: device),
                                    until: now.addingTimeInterval(limits.knownDeviceLifetime), now: now)
    }

    /// A wrong password keeps its counts; tidy stale rows while we are here.
    func failed(_ claim: Claim, now: Date = Date()) async throws {
        try await counters.trim(now: now)
    }
}
