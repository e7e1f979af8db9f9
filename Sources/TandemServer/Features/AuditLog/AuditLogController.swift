import Foundation
import TandemCore
import Vapor

/// `/admin/audit`: the organisation's audit log, filtered by person, action and dates, a page
/// at a time, and `/admin/audit.csv` with the same filters.
enum AuditLogController {
    static func register(_ app: Application) {
        app.get("admin", "audit", use: index)
        app.get("admin", "audit.csv", use: download)
    }

    struct Query: Content {
        var person: String?
        var action: String?
        var from: String?
        var to: String?

        var draft: AuditFilterDraft {
            AuditFilterDraft(person: person ?? "", action: action ?? "", from: from ?? "", to: to ?? "")
        }
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let service = AuditLogService(context: try req.adminServiceContext())
        let draft = try req.query.decode(Query.self).draft
        let zone = try await ViewerZone.of(service.context.actor, on: req.db)
        let actions = try await service.actions()
        do {
            let filter = try await service.filter(draft)
            let page = try await service.page(filter, after: try req.timeCursor("before"))
            return try await req.page("audit/index", AuditLogContext(request: req, draft: draft, actions: actions, page: page,
                                                                     zone: zone, errors: [:]))
        } catch let failure as ValidationFailure {
            return try await req.page("audit/index", AuditLogContext(request: req, draft: draft, actions: actions, page: nil,
                                                                     zone: zone, errors: failure.byField), status: .unprocessableEntity)
        }
    }

    @Sendable static func download(req: Request) async throws -> Response {
        let service = AuditLogService(context: try req.adminServiceContext())
        let csv = try await service.csv(try await service.filter(try req.query.decode(Query.self).draft))
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"tandem-audit-log.csv\"")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(string: csv))
    }
}
