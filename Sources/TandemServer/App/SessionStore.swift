import Fluent
import Vapor

/// Starting and ending sessions.
enum SessionStore {
    /// Creates a session row and sets its cookie on the response.
    static func signIn(_ user: User, request: Request, response: Response) async throws {
        let token = Tokens.random()
        let now = Date()
        let record = UserSession(
            tokenHash: Tokens.hash(token, secret: request.application.settings.secret),
            userID: try user.requireID(), now: now,
            expiresAt: now.addingTimeInterval(TandemSessionMiddleware.lifetime)
        )
        try await record.save(on: request.db)
        // The cookie may outlive the idle timeout (the row enforces that), never the absolute lifetime.
        response.cookies[TandemSessionMiddleware.cookieName] = request.application.cookie(
            token, maxAge: Int(TandemSessionMiddleware.absoluteLifetime)
        )
        request.currentSession = CurrentSession(user: user, sessionID: try record.requireID(), token: token)
    }

    static func signOut(request: Request, response: Response) async throws {
        if let session = request.currentSession {
            try await UserSession.query(on: request.db).filter(\.$id == session.sessionID).delete()
        }
        response.cookies[TandemSessionMiddleware.cookieName] = request.application.cookie("", maxAge: 0)
    }

    /// Ends every session of a user, for example after a password change or deactivation.
    static func endAll(for userID: UUID, except keep: UUID? = nil, on db: any Database) async throws {
        var query = UserSession.query(on: db).filter(\.$userID == userID)
        if let keep { query = query.filter(\.$id != keep) }
        try await query.delete()
    }
}
