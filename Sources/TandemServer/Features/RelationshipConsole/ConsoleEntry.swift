import Foundation
import TandemCore

/// One relationship as the admin relationships page and API show it: what the pair shares with
/// its programme (members, dates, confirmed hours, health), never notes, messages or feedback text.
struct ConsoleEntry {
    let relationship: Relationship
    let facts: MeetingFacts
    let assessment: HealthAssessment
    let nextCheckInDue: Date
    let agreement: ConsoleAgreement.State

    var id: UUID { relationship.id ?? UUID() }

    /// Mentor first, then the others by name.
    var members: [RelationshipMember] {
        relationship.members.filter { $0.leftAt == nil }
            .sorted { ($0.role == .mentor ? 0 : 1, $0.user.name) < ($1.role == .mentor ? 0 : 1, $1.user.name) }
    }

    var membersText: String { members.map { "\($0.user.name) (\($0.role.rawValue))" }.joined(separator: ", ") }

    var isCircle: Bool { members.count > 2 }

    static func make(_ r: Relationship, facts: MeetingFacts, agreement: ConsoleAgreement.State, timeZone: TimeZone,
                     now: Date) -> ConsoleEntry {
        ConsoleEntry(relationship: r, facts: facts,
                     assessment: WorkspaceRhythm.assess(relationship: r, facts: facts, timeZone: timeZone, now: now),
                     nextCheckInDue: WorkspaceRhythm.nextDue(relationship: r, facts: facts, timeZone: timeZone),
                     agreement: agreement)
    }
}
