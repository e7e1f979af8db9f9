import Fluent
import SQLKit
import Vapor

enum SignInQueries {
    enum Outcome {
        /// `device` is the device cookie's value to set: the one sent, or a new one.
        case success(User, device: String)
        case rateLimited
        case invalid
    }

    /// Counts the attempt first (so parallel guesses count), then checks the password. An
    /// unknown or deactivated email is checked against a dummy hash, so it costs the same work.
    static func authenticate(email: String, password: String, request: Request) async throws -> Outcome {
        let limiter = SignInRateLimiter(sql: request.db as! any SQLDatabase,
                                        limits: request.application.settings.signInLimits)
        let sentDevice = KnownDevice.token(in: request)
        guard let claim = try await limiter.claim(
            email: email, network: request.clientNetwork,
            device: sentDevice.map { KnownDevice.keyed($0, request) }) else { return .rateLimited }
        // Emails are unique per organisation, so one address may have accounts in several.
        let candidates = try await User.query(on: request.db)
            .filter(\.$email == email).filter(\.$isActive == true).all()
        if candidates.isEmpty {
            _ = try await request.passwordHashing.verify(password, created: try await request.dummyPasswordHash())
        }
        for user in candidates where try await request.passwordHashing.verify(password, created: user.passwordHash) {
            let device = sentDevice ?? Tokens.random()
            try await limiter.succeeded(claim, device: KnownDevice.keyed(device, request))
            try await Audit.record("sign_in.succeeded", organisationID: user.organisationID, actorID: user.id,
                                   target: "user", targetID: user.id, on: request.db)
            return .success(user, device: device)
        }
        try await limiter.failed(claim)
        auditFailure(for: candidates, on: request)
        return .invalid
    }

    /// A wrong password for a real account goes to its organisation's audit log, written after
    /// the answer, so the answer takes as long for an account as for an unknown address.
    private static func auditFailure(for accounts: [User], on request: Request) {
        guard !accounts.isEmpty else { return }
        let db = request.db
        request.application.backgroundTasks.start {
            for user in accounts {
                try? await Audit.record("sign_in.failed", organisationID: user.organisationID, actorID: nil,
                                        target: "user", targetID: user.id, details: "Wrong password", on: db)
            }
        }
    }
}
