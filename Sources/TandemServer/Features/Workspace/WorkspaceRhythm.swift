import Foundation
import TandemCore

/// Health and the next check-in from a relationship's meetings, through the shared Core rules.
enum WorkspaceRhythm {
    static func nextDue(relationship r: Relationship, meetings: [Meeting], timeZone: TimeZone, now: Date) -> Date {
        let lastHeld = meetings.filter { $0.status == .held }.map(\.startsAt).max()
        let nextScheduled = meetings.filter { $0.status == .scheduled && $0.startsAt > now }.map(\.startsAt).min()
        return CheckInSchedule.nextDue(lastHeldAt: lastHeld, matchedAt: r.startedAt, nextScheduledAt: nextScheduled,
                                       rhythm: r.rhythm, timeZone: timeZone)
    }

    static func health(relationship r: Relationship, meetings: [Meeting], timeZone: TimeZone, now: Date) -> RelationshipHealth {
        let held = meetings.filter { $0.status == .held }.map(\.startsAt)
        let firstMeeting = meetings.filter { $0.status != .cancelled }.map(\.startsAt).min()
        return HealthRules.evaluate(
            matchedAt: r.startedAt, firstMeetingAt: firstMeeting, lastCheckInAt: held.max(),
            nextCheckInDue: nextDue(relationship: r, meetings: meetings, timeZone: timeZone, now: now),
            cadenceDays: r.rhythm.days, now: now)
    }
}
