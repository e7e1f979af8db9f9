import TandemCore
import Vapor

/// What the session middleware learned about this request.
struct CurrentSession: Sendable {
    let user: User
    let sessionID: UUID
    let token: String
}

extension Request {
    private struct SessionKey: StorageKey { typealias Value = CurrentSession }
    private struct AnonymousKey: StorageKey { typealias Value = String }

    var currentSession: CurrentSession? {
        get { storage[SessionKey.self] }
        set { storage[SessionKey.self] = newValue }
    }

    /// A per-browser random value for signed-out forms; it lives only in a cookie, never in the database.
    var anonymousToken: String? {
        get { storage[AnonymousKey.self] }
        set { storage[AnonymousKey.self] = newValue }
    }

    var currentUser: User? { currentSession?.user }

    func requireUser() throws -> User {
        guard let user = currentUser else { throw AccessError.signInRequired }
        return user
    }

    func requireAdmin() throws -> User {
        let user = try requireUser()
        guard user.isAdmin else { throw AccessError.forbidden }
        return user
    }

    /// The CSRF token for this browser: derived from the session token, or from the signed-out cookie.
    var csrfToken: String {
        let secret = application.settings.secret
        if let session = currentSession {
            return Tokens.hash(session.token, secret: secret, purpose: "csrf")
        }
        return Tokens.hash(anonymousToken ?? "", secret: secret, purpose: "csrf-anon")
    }
}
