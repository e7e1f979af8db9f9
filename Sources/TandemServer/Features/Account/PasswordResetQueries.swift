import Fluent
import TandemCore
import Vapor

enum PasswordResetQueries {
    static let lifetime: TimeInterval = 3600

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
                try await OutboxMessage(
                    organisationID: user.organisationID, toEmail: user.email, subject: "Reset your Tandem password",
                    body: "Someone asked to reset the password for \(user.email).\n\nSet a new password here: \(link)\n\nThe link works once, for one hour. If it wasn't you, ignore this email.",
                    idempotencyKey: "password-reset:\(try reset.requireID())"
                ).save(on: db)
                try await Audit.record("password.reset_requested", organisationID: user.organisationID, actorID: user.id,
                                       target: "user", targetID: user.id, on: db)
            }
        }
    }

    static func valid(token: String, request: Request) async throws -> (PasswordReset, User) {
        guard let reset = try await PasswordReset.query(on: request.db).filter(\.$tokenHash == hash(token, request)).first(),
              reset.usedAt == nil, reset.expiresAt > Date(),
              let user = try await User.find(reset.userID, on: request.db), user.isActive
        else {
            throw AppError(status: .gone, code: "password_reset.unavailable",
                           message: "This reset link has been used or has expired. Ask for a new one.")
        }
        return (reset, user)
    }

    /// Sets the password, spends the link and ends every session of that person.
    static func complete(_ reset: PasswordReset, user: User, password: String, request: Request) async throws {
        let hash = try await request.password.async.hash(password)
        try await request.db.transaction { db in
            reset.usedAt = Date()
            try await reset.save(on: db)
            user.passwordHash = hash
            try await user.save(on: db)
            try await SessionStore.endAll(for: try user.requireID(), on: db)
            try await Audit.record("password.reset", organisationID: user.organisationID, actorID: user.id,
                                   target: "user", targetID: user.id, on: db)
        }
    }

    private static func hash(_ token: String, _ request: Request) -> String {
        Tokens.hash(token, secret: request.application.settings.secret, purpose: "password-reset")
    }
}
