import Foundation
import TandemCore

/// A relationship as the dashboard lists it, with its optional parts nil when absent.
struct RelationshipSummary: Encodable {
    let id: String
    let url: String
    let programmeName: String
    let partners: String
    let myRole: String
    let started: String
    let health: String
    let healthCode: String
    let isActive: Bool
    let nextMeeting: String?
    /// "2 unread messages"; nil when all are read.
    let unreadLabel: String?

    /// `facts` sum up this relationship's meetings; health comes from the one shared Core rule.
    init(_ r: Relationship, viewer: UUID, facts: MeetingFacts, unread: Int, timeZone: TimeZone, now: Date) {
        id = r.id?.uuidString ?? ""
        url = "/relationships/\(id)"
        programmeName = r.programme.name
        partners = r.members.filter { $0.$user.id != viewer }.map(\.user.name).joined(separator: ", ")
        myRole = r.members.first { $0.$user.id == viewer }?.role.rawValue ?? ""
        started = DateText.short(r.startedAt, timeZone: timeZone.identifier)
        isActive = r.status == .active
        let health = WorkspaceRhythm.health(relationship: r, facts: facts, timeZone: timeZone, now: now)
        self.health = isActive ? health.label : "Closed"
        healthCode = isActive ? health.rawValue : "closed"
        unreadLabel = unread > 0 ? "\(unread) unread message\(unread == 1 ? "" : "s")" : nil
        nextMeeting = facts.nextScheduledAt.map { DateText.dateTime($0, timeZone: timeZone.identifier) }
    }
}
