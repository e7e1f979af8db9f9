import Foundation

/// The one place that decides a relationship's health (docs/rules.md "Cadence, health, meetings and hours");
/// every dashboard, view and nudge calls this.
public enum HealthRules {
    public static let firstMeetingGraceDays = 14

    /// - stalled: no check-in for twice the cadence, counted from the last check-in, or from the
    ///   match when there has been none. Stalled wins over at risk.
    /// - at risk: the next check-in is overdue, or no first meeting 14 days after the match.
    /// A `firstMeetingAt` later than `now` is a meeting still to come, so it does not count.
    public static func evaluate(
        matchedAt: Date, firstMeetingAt: Date?, lastCheckInAt: Date?, nextCheckInDue: Date?,
        cadenceDays: Int, now: Date
    ) -> RelationshipHealth {
        let day: TimeInterval = 86_400
        let cadence = Double(max(cadenceDays, 1)) * day
        let quietSince = lastCheckInAt ?? matchedAt
        if now.timeIntervalSince(quietSince) >= 2 * cadence { return .stalled }

        if let due = nextCheckInDue, now > due { return .atRisk }
        let hasMet = firstMeetingAt.map { $0 <= now } ?? false
        let graceOver = now.timeIntervalSince(matchedAt) >= Double(firstMeetingGraceDays) * day
        if !hasMet && graceOver { return .atRisk }
        return .healthy
    }
}
