import Foundation
import TandemCore

/// Health and the next check-in from a relationship's summed meetings (`MeetingFacts`), through the shared Core rules.
enum WorkspaceRhythm {
    static func nextDue(relationship r: Relationship, facts: MeetingFacts, timeZone: TimeZone) -> Date {
        CheckInSchedule.nextDue(lastHeldAt: facts.lastHeldAt, matchedAt: r.startedAt, nextScheduledAt: facts.nextScheduledAt,
                                rhythm: r.rhythm, timeZone: timeZone)
    }

    static func health(relationship r: Relationship, facts: MeetingFacts, timeZone: TimeZone, now: Date) -> RelationshipHealth {
        HealthRules.evaluate(
            matchedAt: r.startedAt, firstMeetingAt: facts.firstMeetingAt, lastCheckInAt: facts.lastHeldAt,
            nextCheckInDue: nextDue(relationship: r, facts: facts, timeZone: timeZone),
            cadenceDays: r.rhythm.days, now: now)
    }
}
