import Fluent
import SQLKit
import Vapor

/// `/healthz` answers 200 only when the database answers.
enum HealthController {
    static func register(_ app: Application) {
        app.get("healthz", use: check)
    }

    @Sendable static func check(req: Request) async throws -> Response {
        do {
            _ = try await (req.db as! any SQLDatabase).raw("SELECT 1 AS ok").first()
            return Response(status: .ok, body: .init(string: "ok"))
        } catch {
            req.logger.error("Health check failed: \(String(reflecting: error))")
            return Response(status: .serviceUnavailable, body: .init(string: "database unavailable"))
        }
    }
}
