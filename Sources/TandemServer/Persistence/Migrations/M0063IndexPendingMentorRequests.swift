import Fluent
import SQLKit

/// The sweep looks for waiting requests by age every minute (expiry) and every hour (nudges), and
/// the cap counts a mentee's waiting requests in a programme: both read only pending rows.
struct M0063IndexPendingMentorRequests: AsyncMigration {
    var name: String { "0063-index-pending-mentor-requests" }

    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX mentor_requests_pending_age ON mentor_requests (created_at) WHERE status = 'pending'").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX mentor_requests_pending_age").run()
    }
}
