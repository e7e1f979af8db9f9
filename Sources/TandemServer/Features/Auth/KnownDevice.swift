import Vapor

/// A random cookie that marks a browser, set on every successful sign-in. A device that has
/// signed in to an account before skips that account's soft wait (see `SignInRateLimiter`), so
/// an attacker keeping the account in its wait cannot keep its owner out.
enum KnownDevice {
    static let cookieName = "tandem_device"

    /// The cookie's token, if it looks like one of ours (`Tokens.random` makes 43 characters).
    static func token(in request: Request) -> String? {
        guard let value = request.cookies[cookieName]?.string, (32...64).contains(value.utf8.count),
              value.utf8.allSatisfy({ $0.isASCIIAlphanumeric || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
        else { return nil }
        return value
    }

    /// What the database keeps: the token keyed by the app secret, never the token itself.
    static func keyed(_ token: String, _ request: Request) -> String {
        Tokens.hash(token, secret: request.application.settings.secret, purpose: "known-device")
    }

    static func set(_ token: String, on response: Response, _ request: Request) {
        let lifetime = request.application.settings.signInLimits.knownDeviceLifetime
        response.cookies[cookieName] = request.application.cookie(token, maxAge: Int(lifetime))
    }
}

private extension UInt8 {
    var isASCIIAlphanumeric: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
    }
}
