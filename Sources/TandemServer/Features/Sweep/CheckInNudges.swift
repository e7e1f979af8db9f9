import Fluent
import Foundation
import TandemCore

/// Members of a pair whose next check-in is due by tomorrow, or overdue, get a reminder, at most
/// one in three days each (docs/rules.md "Health": the same due date the workspace shows).
enum CheckInNudges {
    static let lookahead: TimeInterval = 24 * 3600

    static func due(at now: Date, on db: any Database) async throws -> [NotificationDraft] {
        let open = try await Relationship.query(on: db).filter(\.$status == .active).with(\.$programme).with(\.$members).all()
        guard !open.isEmpty else { return [] }
        let zones = try await OrganisationZones.of(Set(open.map(\.organisationID)), on: db)
        let facts = try await MeetingFacts.loadInBatches(relationshipIDs: open.compactMap(\.id), now: now, on: db)
        var candidates: [(relationship: Relationship, member: UUID, due: Date)] = []
        for r in open {
            guard let id = r.id else { continue }
            let next = WorkspaceRhythm.nextDue(relationship: r, facts: facts[id] ?? MeetingFacts(), timeZone: zones[r.organisationID] ?? .gmt)
            guard next <= now.addingTimeInterval(lookahead) else { continue }
            for member in r.members where member.leftAt == nil { candidates.append((r, member.$user.id, next)) }
        }
        let recent = try await RecentNudges.lastSent(.nudgeCheckInDue, to: Array(Set(candidates.map(\.member))),
                                                     since: now.addingTimeInterval(-NudgeRateLimit.window), on: db)
        let day = Int(now.timeIntervalSince1970 / 86400)
        var nudged = Set<UUID>()
        return candidates.compactMap { c in
            guard NudgeRateLimit.allows(lastSent: recent[c.member], now: now), nudged.insert(c.member).inserted,
                  let id = c.relationship.id else { return nil }
            let overdue = c.due < now
            return NotificationDraft(
                organisationID: c.relationship.organisationID, userID: c.member, kind: .nudgeCheckInDue,
                title: overdue ? "Your check-in in \(c.relationship.programme.name) is overdue" : "Your check-in in \(c.relationship.programme.name) is due tomorrow",
                body: "Meet, even briefly, and log it: regular check-ins are what keep a mentoring pair going.",
                link: "/relationships/\(id)#check-ins", dedupeKey: "nudge:check_in_due:\(c.member):\(id):\(day)")
        }
    }
}
