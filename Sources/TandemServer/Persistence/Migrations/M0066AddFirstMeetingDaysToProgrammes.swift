import Fluent
import SQLKit

/// "No first meeting within N days" flags a pair as at risk; N is now a programme setting.
struct M0066AddFirstMeetingDaysToProgrammes: AsyncMigration {
    var name: String { "0066-add-first-meeting-days-to-programmes" }

    func prepare(on database: any Database) async throws {
        try await database.schema("programmes")
            .field("first_meeting_days", .int, .required, .sql(.default(14)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("programmes").deleteField("first_meeting_days").update()
    }
}
