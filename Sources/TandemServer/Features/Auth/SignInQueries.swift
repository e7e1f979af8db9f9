import Fluent
import Vapor

enum SignInQueries {
    enum Outcome {
        case success(User)
        case rateLimited
        case invalid
    }

    /// Checks the rate limit before the password, so a blocked guess costs no bcrypt work.
    static func authenticate(email: String, password: String, request: Request) async throws -> Outcome {
        let limiter = SignInRateLimiter(db: request.db, failuresPerMinute: request.application.settings.signInFailuresPerMinute)
        let ip = request.clientIP
        if try await limiter.isBlocked(email: email, ip: ip) { return .rateLimited }
        // Emails are unique per organisation, so one address may have accounts in several.
        let candidates = try await User.query(on: request.db)
            .filter(\.$email == email).filter(\.$isActive == true).all()
        for user in candidates where try await request.password.async.verify(password, created: user.passwordHash) {
            return .success(user)
        }
        try await limiter.recordFailure(email: email, ip: ip)
        return .invalid
    }
}
