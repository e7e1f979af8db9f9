import Foundation
import TandemCore
import Vapor

/// What `audit/index.leaf` shows: the filter form (keeping what was typed), the entries and the
/// links to the next page and to the CSV, both with the same filters.
struct AuditLogContext: Encodable {
    struct Row: Encodable {
        let when: String
        let who: String
        let email: String
        let action: String
        let target: String
        let details: String
        let ip: String
    }

    struct Choice: Encodable {
        let value: String
        let isChosen: Bool
    }

    let chrome: PageChrome
    let person: String
    let from: String
    let to: String
    let actions: [Choice]
    let anyAction: Bool
    let rows: [Row]
    let hasRows: Bool
    let olderURL: String?
    let csvURL: String
    let isFiltered: Bool
    let errors: [String: String]
    let hasErrors: Bool

    init(request: Request, draft: AuditFilterDraft, actions: [String], page: AuditLogQueries.Page?, zone: TimeZone,
         errors: [String: String]) {
        chrome = PageChrome(request: request, title: "Audit log", section: "audit")
        person = draft.person
        from = draft.from
        to = draft.to
        self.actions = actions.map { Choice(value: $0, isChosen: $0 == draft.action) }
        anyAction = draft.action.isEmpty
        rows = (page?.rows ?? []).map { row in
            let e = row.entry
            return Row(when: e.createdAt.map { DateText.dateTime($0, timeZone: zone.identifier) } ?? "", who: row.actorName,
                       email: row.actorEmail, action: e.action,
                       target: e.targetType + (e.targetID.map { " " + $0.uuidString.prefix(8).lowercased() } ?? ""),
                       details: e.details, ip: e.ip ?? "—")
        }
        hasRows = !rows.isEmpty
        var query = URLComponents()
        query.queryItems = [("person", draft.person), ("action", draft.action), ("from", draft.from), ("to", draft.to)]
            .filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) }
        let filters = query.percentEncodedQuery ?? ""
        olderURL = page?.next.map { "/admin/audit?\(filters.isEmpty ? "" : filters + "&")before=\($0.encoded)" }
        csvURL = "/admin/audit.csv" + (filters.isEmpty ? "" : "?" + filters)
        isFiltered = !draft.isEmpty
        self.errors = errors
        hasErrors = !errors.isEmpty
    }
}
