import Foundation
import TandemCore

/// Health and the next check-in from a relationship's facts (`MeetingFacts`), through the one
/// shared Core rule: the workspace, dashboard, API, admin console, nudges and escalation all call
/// `assess` (or `health`, its label).
enum WorkspaceRhythm {
    static func nextDue(relationship r: Relationship, facts: MeetingFacts, timeZone: TimeZone) -> Date {
        CheckInSchedule.nextDue(lastHeldAt: facts.lastHeldAt, matchedAt: r.startedAt, nextScheduledAt: facts.nextScheduledAt,
                                rhythm: r.rhythm, timeZone: timeZone)
    }

    static func health(relationship r: Relationship, facts: MeetingFacts, timeZone: TimeZone, now: Date) -> RelationshipHealth {
        assess(relationship: r, facts: facts, timeZone: timeZone, now: now).health
    }

    /// `r` needs its current members (with their users, for peers' names) and, for its
    /// first-meeting setting, its programme; without the programme the default applies.
    static func assess(relationship r: Relationship, facts: MeetingFacts, timeZone: TimeZone, now: Date) -> HealthAssessment {
        HealthRules.assess(HealthSignals(
            matchedAt: r.startedAt, firstMeetingAt: facts.firstMeetingAt, lastCheckInAt: facts.lastHeldAt,
            nextCheckInDue: nextDue(relationship: r, facts: facts, timeZone: timeZone), cadenceDays: r.rhythm.days,
            firstMeetingDays: r.$programme.value?.firstMeetingDays ?? HealthRules.defaultFirstMeetingDays,
            sides: sides(of: r, facts: facts), pulseScores: facts.pulseScores), now: now)
    }

    /// The mentor, the mentee(s), and each peer on their own.
    static func sides(of r: Relationship, facts: MeetingFacts) -> [ActivitySide] {
        guard let members = r.$members.value else { return [] }
        let current = members.filter { $0.leftAt == nil }
        let last = { (m: RelationshipMember) in facts.lastActiveAt[m.$user.id] }
        let mentors = current.filter { $0.role == .mentor }, mentees = current.filter { $0.role == .mentee }
        var sides: [ActivitySide] = []
        if !mentors.isEmpty { sides.append(ActivitySide(name: "the mentor", lastActiveAt: mentors.map(last))) }
        if !mentees.isEmpty {
            sides.append(ActivitySide(name: mentees.count == 1 ? "the mentee" : "the mentees", lastActiveAt: mentees.map(last)))
        }
        for peer in current where peer.role == .peer {
            sides.append(ActivitySide(name: peer.$user.value?.name ?? "one peer", lastActiveAt: [last(peer)]))
        }
        return sides
    }
}
