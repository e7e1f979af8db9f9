import Fluent
import Foundation
import TandemCore

/// The audit log for an organisation's admins: read it a page at a time, filtered, or export it
/// as CSV (which is itself audited). Participants get 403; nothing here edits an entry.
struct AuditLogService {
    let context: ServiceContext
    /// The most rows one CSV export holds; narrow the dates for more.
    static let exportLimit = 100_000

    struct Filter {
        let valid: ValidAuditFilter
        let actorID: UUID?
    }

    func filter(_ draft: AuditFilterDraft) async throws -> Filter {
        let admin = try context.requireAdmin()
        let valid = try draft.validate(zone: try await ViewerZone.of(admin, on: context.db))
        guard !valid.personEmail.isEmpty else { return Filter(valid: valid, actorID: nil) }
        guard let person = try await User.query(on: context.db).filter(\.$organisationID == admin.organisationID)
            .filter(\.$email == valid.personEmail).first(), let id = person.id else {
            throw ValidationFailure([FieldError(field: "person", code: "unknown", message: "Nobody in your organisation has this email.")])
        }
        return Filter(valid: valid, actorID: id)
    }

    func page(_ filter: Filter, after cursor: KeysetCursor?) async throws -> AuditLogQueries.Page {
        let admin = try context.requireAdmin()
        return try await AuditLogQueries.page(organisationID: admin.organisationID, filter: filter.valid, actorID: filter.actorID,
                                              after: cursor, on: context.db)
    }

    func actions() async throws -> [String] {
        try await AuditLogQueries.actions(organisationID: try context.requireAdmin().organisationID, on: context.db)
    }

    /// Every matching entry, newest first, as a spreadsheet-safe CSV.
    func csv(_ filter: Filter) async throws -> String {
        let admin = try context.requireAdmin()
        var rows: [[String]] = []
        var cursor: KeysetCursor?
        repeat {
            let page = try await AuditLogQueries.page(organisationID: admin.organisationID, filter: filter.valid, actorID: filter.actorID,
                                                      after: cursor, limit: 1_000, on: context.db)
            rows += page.rows.map(Self.cells)
            cursor = page.next
        } while cursor != nil && rows.count < Self.exportLimit
        try await Audit.record("audit.exported", organisationID: admin.organisationID, actorID: admin.id,
                               target: "audit_log", targetID: nil, details: "\(rows.count) entries", on: context.db)
        return CSVWriter.document(header: ["when_utc", "who", "email", "action", "target", "target_id", "details", "ip"],
                                  rows: Array(rows.prefix(Self.exportLimit)))
    }

    private static func cells(_ row: AuditLogQueries.Row) -> [String] {
        let e = row.entry
        return [e.createdAt.map { $0.formatted(.iso8601) } ?? "", row.actorName, row.actorEmail, e.action, e.targetType,
                e.targetID?.uuidString.lowercased() ?? "", e.details, e.ip ?? ""]
    }
}
