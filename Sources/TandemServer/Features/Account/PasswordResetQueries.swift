import Fluent
import SQLKit
import TandemCore
import Vapor

enum PasswordResetQueries {
    static let lifetime: TimeInterval = 3600

    /// Its own limits, apart from sign-in failures: a few emails per address and more per IP
    /// per hour, counted before anything is sent.
    static func mayRequest(email: String, request: Request) async throws -> Bool {
        let limits = request.application.settings.signInLimits
        let counters = AttemptCounters(sql: request.db as! any SQLDatabase)
        let now = Date()
        guard try await counters.hit("reset:\(email)", window: limits.resetWindow, now: now) <= limits.resetsPerAddress
        else { return false }
        return try await counters.hit("reset-ip:\(request.clientNetwork)", window: limits.resetWindow, now: now) <= limits.resetsPerIP
    }

    /// Queues a reset email if the address has an account. Says nothing either way, so the
    /// form cannot be used to find out who has an account.
    static func request(email: String, request: Request) async throws {
        let users = try await User.query(on: request.db).filter(\.$email == email).filter(\.$isActive == true).all()
        for user in users {
            let token = Tokens.random()
            let link = "\(request.application.settings.publicURL)/reset-password/\(token)"
            try await request.db.transaction { db in
                let reset = PasswordReset(userID: try user.requireID(), tokenHash: hash(token, request),
                                          expiresAt: Date().addingTimeInterval(lifetime))
                try await reset.save(on: db)
                try await Outbox.queue(OutboxMessage(
                    organisationID: user.organisationID, toEmail: user.email, subject: "Reset your Tandem password",
                    body: "Someone asked to reset the password for \(user.email).\n\nSet a new password here: \(link)\n\nThe link works once, for one hour. If it wasn't you, ignore this email.",
                    idempotencyKey: "password-reset:\(try reset.requireID())",
                    isSecret: true
                ), on: db)
                try await Audit.record("password.reset_requested", organisationID: user.organisationID, actorID: user.id,
                                       target: "user", targetID: user.id, on: db)
            }
        }
    }

    /// The link and its person, if the link can still be used. Only for showing the form:
    /// `complete` re-checks and spends the link in one statement.
    static func valid(token: String, request: Request) async throws -> (PasswordReset, User) {
        guard let reset = try await PasswordReset.query(on: request.db).filter(\.$tokenHash == hash(token, request)).first(),
              reset.usedAt == nil, reset.expiresAt > Date(),
              let user = try await User.find(reset.userID, on: request.db), user.isActive
        else { throw unavailable }
        return (reset, user)
    }

    /// Spends the link, sets the password, voids the person's other links and ends every session.
    /// Spending is one conditional UPDATE, the transaction's first statement, so of two parallel
    /// submits exactly one finds the link unused; the other gets 410.
    static func complete(_ reset: PasswordReset, user: User, password: String, request: Request) async throws {
        let hash = try await request.passwordHashing.hash(password)
        try await request.db.transaction { db in
            guard try await spend(try reset.requireID(), now: Date(), on: db) else { throw unavailable }
            user.passwordHash = hash
            try await user.save(on: db)
            try await voidLinks(of: try user.requireID(), on: db)
            try await SessionStore.endAll(for: try user.requireID(), on: db)
            try await Audit.record("password.reset", organisationID: user.organisationID, actorID: user.id,
                                   target: "user", targetID: user.id, on: db)
        }
    }

    /// Marks every unused link of a person as used, after a reset or a password change.
    static func voidLinks(of userID: UUID, on db: any Database) async throws {
        try await PasswordReset.query(on: db)
            .filter(\.$userID == userID).filter(\.$usedAt == nil)
            .set(\.$usedAt, to: Date())
            .update()
    }

    /// True if this call spent the link; false if it was already used or has expired.
    private static func spend(_ id: UUID, now: Date, on db: any Database) async throws -> Bool {
        let row = try await (db as! any SQLDatabase).raw("""
            UPDATE password_resets SET used_at = \(bind: now)
            WHERE id = \(bind: id) AND used_at IS NULL AND expires_at > \(bind: now)
            RETURNING id
            """).first()
        return row != nil
    }

    private static var unavailable: AccountError { .resetLinkUnavailable }

    private static func hash(_ token: String, _ request: Request) -> String {
        Tokens.hash(token, secret: request.application.settings.secret, purpose: "password-reset")
    }
}
