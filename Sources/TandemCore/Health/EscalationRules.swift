import Foundation

/// The escalation ladder for a pair that is not healthy (at risk or stalled): first a friendly
/// nudge to its members; if it is still not healthy one cadence period later, an alert to the
/// programme's admins. A pair that is healthy again starts over.
public enum EscalationRules {
    public enum Step: String, Sendable, Hashable {
        case none
        case nudgeMembers = "nudge_members"
        case alertAdmins = "alert_admins"
        case recovered
    }

    /// The next step, from the health now and when the pair was nudged and escalated (nil: not yet).
    public static func next(health: RelationshipHealth, nudgedAt: Date?, escalatedAt: Date?, cadenceDays: Int,
                            now: Date) -> Step {
        guard health != .healthy else { return nudgedAt == nil && escalatedAt == nil ? .none : .recovered }
        guard let nudgedAt else { return .nudgeMembers }
        guard escalatedAt == nil else { return .none }
        let period = Double(max(cadenceDays, 1)) * 86_400
        return now.timeIntervalSince(nudgedAt) >= period ? .alertAdmins : .none
    }

    /// What an admin may do about an escalated pair, in the order the alert suggests them.
    public static let suggestedActions = [
        "check in with the pair",
        "re-match the mentee",
        "close the relationship gracefully",
    ]

    /// "Suggested: check in with the pair, re-match the mentee, or close the relationship gracefully."
    public static var suggestion: String {
        "Suggested: " + suggestedActions.dropLast().joined(separator: ", ") + ", or " + (suggestedActions.last ?? "") + "."
    }
}
