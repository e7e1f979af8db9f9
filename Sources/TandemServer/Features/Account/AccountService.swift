import Fluent
import TandemCore
import Vapor

/// Changes to the signed-in person's own account.
struct AccountService {
    let context: ServiceContext

    /// Sets a new password (already checked and hashed by the caller, off the event loop),
    /// keeps the session `keeping` signed in, ends every other one and voids reset links.
    func changePassword(toHash hash: String, keeping sessionID: UUID) async throws {
        let user = context.actor
        try await context.db.transaction { db in
            user.passwordHash = hash
            try await user.save(on: db)
            try await SessionStore.endAll(for: try user.requireID(), except: sessionID, on: db)
            try await PasswordResetQueries.voidLinks(of: try user.requireID(), on: db)
            try await Audit.record("password.changed", organisationID: user.organisationID, actorID: user.id,
                                   target: "user", targetID: user.id, on: db)
        }
    }
}
