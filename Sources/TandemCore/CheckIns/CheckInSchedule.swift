import Foundation

/// When a pair's next check-in is due, the date `HealthRules.evaluate(nextCheckInDue:)` compares
/// with now.
public enum CheckInSchedule {
    /// In order of precedence:
    /// 1. a meeting scheduled after the last held check-in: the pair has fixed the date, so that
    ///    is when the next check-in is due (even if it is further out than the rhythm);
    /// 2. the last held check-in plus one step of `rhythm`;
    /// 3. with no check-in yet, the match plus one step of `rhythm`.
    /// A scheduled meeting at or before the last held check-in is ignored: it is the meeting that
    /// was held, or a stale one. A scheduled time already past stays the due date, so a meeting
    /// that was missed (or not yet logged) makes the check-in overdue. Steps use local wall time
    /// in `timeZone`, as `CheckInRhythm.next(after:in:)` does.
    public static func nextDue(
        lastHeldAt: Date?, matchedAt: Date, nextScheduledAt: Date?, rhythm: CheckInRhythm,
        timeZone: TimeZone
    ) -> Date {
        if let nextScheduledAt, lastHeldAt.map({ nextScheduledAt > $0 }) ?? true {
            return nextScheduledAt
        }
        return rhythm.next(after: lastHeldAt ?? matchedAt, in: timeZone)
    }
}
