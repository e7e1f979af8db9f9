import Fluent
import Vapor

/// Where the action being audited came from. The request's logger carries the client's address
/// as metadata, and `req.db` (and every transaction opened on it) logs through that logger, so
/// `Audit.record` reads it from the database handle it is given, without every service passing
/// the address along. (A task-local would not survive Fluent's transactions, which hop through
/// event-loop futures.)
enum AuditOrigin {
    static let metadataKey = "client_ip"

    static func ip(of db: any Database) -> String? {
        guard case .string(let ip)? = db.logger[metadataKey: metadataKey] else { return nil }
        return ip
    }
}

struct AuditOriginMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.logger[metadataKey: AuditOrigin.metadataKey] = .string(request.clientIP)
        return try await next.respond(to: request)
    }
}
