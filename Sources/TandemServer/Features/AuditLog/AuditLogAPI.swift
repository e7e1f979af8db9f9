import Foundation
import TandemCore
import Vapor

/// `GET /api/v1/audit`: the audit log for admins, filtered as on the page, newest first.
enum AuditLogAPI {
    static let routes: [APIRoute] = [
        APIRoute(.GET, "audit", .admin, use: list, "The organisation's audit log, newest first (admin)", tag: "audit",
                 query: ["person", "action", "from", "to", "cursor"], response: "AuditEntryPage", errors: [400, 401, 403, 422]),
    ]

    struct Entry: APIContent {
        let id: UUID
        let createdAt: Date
        let actorID: UUID?
        let actorName: String
        let actorEmail: String
        let action: String
        let targetType: String
        let targetID: UUID?
        let details: String
        let ip: String?
    }

    @Sendable static func list(req: Request) async throws -> APIPage<Entry> {
        let service = AuditLogService(context: try req.serviceContext())
        let filter = try await service.filter(try req.query.decode(AuditLogController.Query.self).draft)
        let page = try await service.page(filter, after: try req.timeCursor("cursor"))
        return APIPage(items: page.rows.map { row in
            let e = row.entry
            return Entry(id: e.id ?? UUID(), createdAt: e.createdAt ?? Date(), actorID: e.actorID, actorName: row.actorName,
                         actorEmail: row.actorEmail, action: e.action, targetType: e.targetType, targetID: e.targetID,
                         details: e.details, ip: e.ip)
        }, nextCursor: page.next?.encoded)
    }
}
