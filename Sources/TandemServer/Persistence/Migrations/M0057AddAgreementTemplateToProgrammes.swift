import Fluent

/// A programme's default agreement. Every column is null until an admin saves the template:
/// then Tandem's own default (`AgreementTemplate.tandemDefault`) applies.
struct M0057AddAgreementTemplateToProgrammes: AsyncMigration {
    var name: String { "0057-add-agreement-template-to-programmes" }

    /// One column per ALTER: SQLite adds one column per statement.
    static let fields: [(FieldKey, DatabaseSchema.DataType)] = [
        ("agreement_cadence", .string),
        ("agreement_cadence_days", .int),
        ("agreement_format", .string),
        ("agreement_confidentiality", .string),
        ("agreement_feedback", .string),
        ("agreement_review_days", .int),
    ]

    func prepare(on database: any Database) async throws {
        for field in Self.fields {
            try await database.schema("programmes").field(field.0, field.1).update()
        }
    }

    func revert(on database: any Database) async throws {
        for field in Self.fields.reversed() {
            try await database.schema("programmes").deleteField(field.0).update()
        }
    }
}
