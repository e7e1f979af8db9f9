import Foundation
import TandemCore

struct RelationshipContext: Encodable {
    struct Member: Encodable {
        let name: String
        let role: String
        let title: String
        let department: String
        let isMe: Bool
    }
    let chrome: PageChrome
    let id: String
    let programmeID: String
    let programmeName: String
    let programmeType: String
    let typeSummary: String
    let isCircle: Bool
    let members: [Member]
    let started: String
    let cadence: String
    let status: String
    let health: String
    let concern: String
    let concernError: String?
}

struct RelationshipSummary: Encodable {
    let id: String
    let url: String
    let programmeName: String
    let partners: String
    let myRole: String
    let started: String
    let health: String
    let isActive: Bool

    init(_ r: Relationship, viewer: UUID, timeZone: String, now: Date) {
        id = r.id?.uuidString ?? ""
        url = "/relationships/\(id)"
        programmeName = r.programme.name
        partners = r.members.filter { $0.$user.id != viewer }.map(\.user.name).joined(separator: ", ")
        myRole = r.members.first { $0.$user.id == viewer }?.role.rawValue ?? ""
        started = DateText.short(r.startedAt, timeZone: timeZone)
        health = RelationshipHealthText.label(for: r, now: now)
        isActive = r.status == .active
    }
}

enum RelationshipHealthText {
    /// Until check-ins exist, a relationship has had no meeting; the shared rule still applies.
    static func label(for r: Relationship, now: Date) -> String {
        guard r.status == .active else { return "Closed" }
        let cadence = r.cadence ?? .fortnightly
        let health = HealthRules.evaluate(matchedAt: r.startedAt, firstMeetingAt: nil, lastCheckInAt: nil,
                                          nextCheckInDue: nil, cadenceDays: cadence.days, now: now)
        return health.label
    }
}
