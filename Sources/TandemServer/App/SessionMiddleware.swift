import Fluent
import Vapor

/// Loads the signed-in user from our `sessions` table. Unlike Vapor's sessions it writes only
/// when last_seen is more than 5 minutes old, and an unknown cookie never creates a row.
struct TandemSessionMiddleware: AsyncMiddleware {
    static let cookieName = "tandem_session"
    static let anonymousCookieName = "tandem_form"
    /// Idle timeout: a session unused this long ends.
    static let lifetime: TimeInterval = 14 * 24 * 3600
    /// Absolute lifetime: however busy, a session ends this long after sign-in.
    static let absoluteLifetime: TimeInterval = 30 * 24 * 3600
    static let touchInterval: TimeInterval = 5 * 60

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[Self.cookieName]?.string, !token.isEmpty {
            request.currentSession = try await Self.load(token: token, on: request)
        }
        var issuedAnonymous = false
        if request.currentSession == nil {
            if let anon = request.cookies[Self.anonymousCookieName]?.string, anon.count >= 32 {
                request.anonymousToken = anon
            } else {
                request.anonymousToken = Tokens.random()
                issuedAnonymous = true
            }
        }
        let response = try await next.respond(to: request)
        if issuedAnonymous, let anon = request.anonymousToken, request.currentSession == nil {
            response.cookies[Self.anonymousCookieName] = request.application.cookie(anon, maxAge: nil)
        }
        return response
    }

    static func load(token: String, on request: Request) async throws -> CurrentSession? {
        let hash = Tokens.hash(token, secret: request.application.settings.secret)
        let now = Date()
        guard let record = try await UserSession.query(on: request.db)
            .filter(\.$tokenHash == hash)
            .filter(\.$expiresAt > now)
            .filter(\.$createdAt > now.addingTimeInterval(-absoluteLifetime))
            .first(),
            let user = try await User.find(record.userID, on: request.db),
            user.isActive
        else { return nil }
        if now.timeIntervalSince(record.lastSeenAt) > touchInterval {
            record.lastSeenAt = now
            record.expiresAt = expiry(createdAt: record.createdAt ?? now, now: now)
            try await record.save(on: request.db)
        }
        return CurrentSession(user: user, sessionID: try record.requireID(), token: token)
    }

    /// Idle timeout from now, but never past the absolute lifetime.
    static func expiry(createdAt: Date, now: Date) -> Date {
        min(now.addingTimeInterval(lifetime), createdAt.addingTimeInterval(absoluteLifetime))
    }
}

extension Application {
    /// Cookies are HttpOnly and SameSite=Lax always, Secure when SECURE_COOKIES says so.
    func cookie(_ value: String, maxAge: Int?) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: value, expires: nil, maxAge: maxAge, domain: nil, path: "/",
            isSecure: settings.secureCookies, isHTTPOnly: true, sameSite: .lax
        )
    }
}
