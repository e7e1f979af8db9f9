import Foundation

/// How hard sign-in and forgot-password are throttled (see `SignInRateLimiter`).
public struct SignInLimits: Sendable {
    /// Attempts per (email, IP) per window: a hard limit.
    public var perPair = 5
    /// Attempts per IP (an IPv6 /64) per window, across emails, refused ones included and
    /// successes given back: a hard limit.
    public var perIP = 20
    public var window: TimeInterval = 15 * 60
    /// Attempts per email across all IPs before each further one starts a wait...
    public var accountFree = 10
    /// ...that grows by this much per attempt...
    public var accountStep: TimeInterval = 30
    /// ...up to this. A device that signed in before skips the wait (see `SignInRateLimiter`).
    public var accountCap: TimeInterval = 15 * 60
    /// An email with no attempts for this long starts again from zero.
    public var accountForgetAfter: TimeInterval = 60 * 60
    /// How long a device that signed in stays known, so skips the account's wait.
    public var knownDeviceLifetime: TimeInterval = 90 * 86_400
    /// Reset emails per address, and reset requests per IP, per `resetWindow`.
    public var resetsPerAddress = 3
    public var resetsPerIP = 20
    public var resetWindow: TimeInterval = 60 * 60

    public init() {}
}
