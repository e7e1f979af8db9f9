import Fluent
import SQLKit

struct M0009CreateProgrammes: AsyncMigration {
    var name: String { "0009-create-programmes" }

    func prepare(on database: any Database) async throws {
        try await database.schema("programmes")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("name", .string, .required)
            .field("description", .string, .required)
            .field("type", .string, .required)
            .field("mode", .string, .required)
            .field("default_capacity", .int, .required)
            .field("questions", .string, .required)
            .field("enrolment_starts", .string)
            .field("matching_starts", .string)
            .field("active_starts", .string)
            .field("closing_starts", .string)
            .field("ends_on", .string)
            .field("archived_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase)
            .raw("CREATE INDEX programmes_org_name ON programmes (organisation_id, name, id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("programmes").delete()
    }
}
