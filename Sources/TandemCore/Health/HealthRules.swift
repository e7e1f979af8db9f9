import Foundation

/// The one place that decides a relationship's health (docs/rules.md "Health"); every dashboard,
/// view, list, nudge and escalation calls `assess`.
public enum HealthRules {
    /// "No first meeting within N days": the default N; each programme may set its own.
    public static let defaultFirstMeetingDays = 14
    public static let firstMeetingDaysRange = 1...365

    /// - stalled: no check-in for twice the cadence, counted from the last check-in, or from the
    ///   match when there has been none. Stalled wins over at risk, but its reasons keep every
    ///   at-risk reason that also holds.
    /// - at risk: the next check-in is overdue; no first meeting N days after the match; one side
    ///   acted in the last cadence period and another did nothing; or the pair's pulse-survey
    ///   score fell (surveys that are not anonymous only).
    /// A `firstMeetingAt` later than `now` is a meeting still to come, so it does not count.
    public static func assess(_ s: HealthSignals, now: Date) -> HealthAssessment {
        let day: TimeInterval = 86_400
        let cadenceDays = max(s.cadenceDays, 1)
        var reasons: [HealthReason] = []
        var stalled = false

        let quietSince = s.lastCheckInAt ?? s.matchedAt
        if now.timeIntervalSince(quietSince) >= 2 * Double(cadenceDays) * day {
            stalled = true
            let since = s.lastCheckInAt == nil ? "since the match" : "for \(wholeDays(now.timeIntervalSince(quietSince))) days"
            reasons.append(.init(.noCheckInForTwiceCadence,
                                 "No check-in \(since): more than twice the \(cadenceDays)-day cadence."))
        }
        if let due = s.nextCheckInDue, now > due, !stalled {
            reasons.append(.init(.checkInOverdue, "The next check-in is overdue."))
        }
        let hasMet = s.firstMeetingAt.map { $0 <= now } ?? false
        let graceDays = min(max(s.firstMeetingDays, firstMeetingDaysRange.lowerBound), firstMeetingDaysRange.upperBound)
        if !hasMet && now.timeIntervalSince(s.matchedAt) >= Double(graceDays) * day {
            reasons.append(.init(.noFirstMeeting, "No first meeting within \(graceDays) days of the match."))
        }
        let quiet = ActivityBalance.quietSides(s.sides, matchedAt: s.matchedAt, cadenceDays: cadenceDays, now: now)
        if !quiet.isEmpty {
            reasons.append(.init(.oneSideQuiet,
                                 "In the last \(cadenceDays) days, \(list(quiet)) did nothing while the other side was active."))
        }
        if PulseTrend.isFalling(s.pulseScores) {
            reasons.append(.init(.pulseFalling, "The pair's pulse-survey score fell."))
        }
        if stalled { return HealthAssessment(health: .stalled, reasons: reasons) }
        return HealthAssessment(health: reasons.isEmpty ? .healthy : .atRisk, reasons: reasons)
    }

    /// The label alone, from meeting dates only (no activity or pulse signals).
    public static func evaluate(
        matchedAt: Date, firstMeetingAt: Date?, lastCheckInAt: Date?, nextCheckInDue: Date?,
        cadenceDays: Int, firstMeetingDays: Int = defaultFirstMeetingDays, now: Date
    ) -> RelationshipHealth {
        assess(HealthSignals(matchedAt: matchedAt, firstMeetingAt: firstMeetingAt, lastCheckInAt: lastCheckInAt,
                             nextCheckInDue: nextCheckInDue, cadenceDays: cadenceDays, firstMeetingDays: firstMeetingDays),
               now: now).health
    }

    private static func wholeDays(_ interval: TimeInterval) -> Int { Int(interval / 86_400) }

    private static func list(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}
