import Fluent
import SQLKit

struct M0015AddManagerRuleToProgrammes: AsyncMigration {
    var name: String { "0015-add-manager-rule-to-programmes" }

    func prepare(on database: any Database) async throws {
        try await database.schema("programmes")
            .field("managers_may_mentor_reports", .bool, .required, .sql(.default(false)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("programmes").deleteField("managers_may_mentor_reports").update()
    }
}
