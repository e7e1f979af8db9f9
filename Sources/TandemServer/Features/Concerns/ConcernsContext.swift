import Foundation
import TandemCore

struct ConcernsContext: Encodable {
    struct Row: Encodable {
        let id: String
        let programmeName: String
        let members: String
        let raisedBy: String
        let body: String
        let raised: String
        let resolved: String

        init(_ c: Concern, zone: String) {
            id = c.id?.uuidString ?? ""
            programmeName = c.relationship.programme.name
            members = c.relationship.members.map(\.user.name).sorted().joined(separator: ", ")
            raisedBy = c.raisedBy.name
            body = c.body
            raised = DateText.short(c.createdAt, timeZone: zone)
            resolved = DateText.short(c.resolvedAt, timeZone: zone)
        }
    }
    let chrome: PageChrome
    let pageSize = ConcernQueries.pageSize
    /// Open concerns come first, newest raised first, a page at a time.
    let open: [Row]
    let hasOpen: Bool
    let olderOpenURL: String?
    let resolved: [Row]
    let hasResolved: Bool
    let olderResolvedURL: String?
    /// True when this is a later page of either list, to offer the way back.
    let isLaterPage: Bool
}
