import Fluent
import SQLKit

/// Why Tandem declined a request on the mentor's behalf (`DeclineCode`), so such declines are not
/// counted as the mentor's answers.
struct M0062AddDeclineCodeToMentorRequests: AsyncMigration {
    var name: String { "0062-add-decline-code-to-mentor-requests" }

    func prepare(on database: any Database) async throws {
        try await database.schema("mentor_requests").field("decline_code", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mentor_requests").deleteField("decline_code").update()
    }
}
