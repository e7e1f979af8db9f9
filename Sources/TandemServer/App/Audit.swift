import Fluent
import Foundation

/// Writes one row to the audit log for every sensitive action (invitations, role changes,
/// match approvals, exports, deletions, tokens).
enum Audit {
    static func record(
        _ action: String, organisationID: UUID, actorID: UUID?,
        target: String, targetID: UUID?, details: String = "", on db: any Database
    ) async throws {
        let entry = AuditEntry(
            organisationID: organisationID, actorID: actorID, action: action,
            targetType: target, targetID: targetID, details: details
        )
        entry.ip = AuditOrigin.ip(of: db)
        try await entry.save(on: db)
    }
}
