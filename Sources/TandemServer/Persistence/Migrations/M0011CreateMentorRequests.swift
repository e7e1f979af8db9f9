import Fluent
import SQLKit

struct M0011CreateMentorRequests: AsyncMigration {
    var name: String { "0011-create-mentor-requests" }

    func prepare(on database: any Database) async throws {
        try await database.schema("mentor_requests")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("mentee_id", .uuid, .required, .references("users", "id"))
            .field("mentor_id", .uuid, .required, .references("users", "id"))
            .field("message", .string, .required)
            .field("hopes", .string, .required)
            .field("status", .string, .required)
            .field("decline_reason", .string)
            .field("relationship_id", .uuid)
            .field("created_at", .datetime)
            .field("decided_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        // The database itself refuses a second open request for the same pair.
        try await sql.raw("""
            CREATE UNIQUE INDEX mentor_requests_one_pending ON mentor_requests (programme_id, mentee_id, mentor_id)
            WHERE status = 'pending'
            """).run()
        try await sql.raw("CREATE INDEX mentor_requests_mentor ON mentor_requests (mentor_id, created_at)").run()
        try await sql.raw("CREATE INDEX mentor_requests_mentee ON mentor_requests (mentee_id, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mentor_requests").delete()
    }
}
