import Fluent
import SQLKit
import Vapor

enum SignInQueries {
    enum Outcome {
        case success(User)
        case rateLimited
        case invalid
    }

    /// Counts the attempt first (so parallel guesses count), then checks the password. An
    /// unknown or deactivated email is checked against a dummy hash, so it costs the same work.
    static func authenticate(email: String, password: String, request: Request) async throws -> Outcome {
        let limiter = SignInRateLimiter(sql: request.db as! any SQLDatabase,
                                        limits: request.application.settings.signInLimits)
        guard let claim = try await limiter.claim(email: email, ip: request.clientIP) else { return .rateLimited }
        // Emails are unique per organisation, so one address may have accounts in several.
        let candidates = try await User.query(on: request.db)
            .filter(\.$email == email).filter(\.$isActive == true).all()
        if candidates.isEmpty {
            _ = try await request.password.async.verify(password, created: try await request.dummyPasswordHash())
        }
        for user in candidates where try await request.password.async.verify(password, created: user.passwordHash) {
            try await limiter.succeeded(claim)
            return .success(user)
        }
        try await limiter.failed(claim)
        return .invalid
    }
}
