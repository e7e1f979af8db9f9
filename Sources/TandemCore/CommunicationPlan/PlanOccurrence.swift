import Foundation

/// One moment a plan message falls due (once per programme, or once per relationship) and how
/// long it may still be sent.
public struct PlanOccurrence: Sendable, Hashable {
    public let dueAt: Date
    public let validUntil: Date

    public init(dueAt: Date, validUntil: Date) {
        self.dueAt = dueAt
        self.validUntil = validUntil
    }

    /// What to do with this occurrence at `now`, for a message whose timing was set at `plannedAt`:
    /// - not yet due: `.notDue`;
    /// - its moment had passed before it was planned (the demo's programmes started months ago),
    ///   or it is past `validUntil` (a missed run): `.skip`, recorded and shown as skipped;
    /// - otherwise `.send`.
    /// A missed week therefore yields one decision per occurrence, never one per missed day.
    public func decision(at now: Date, plannedAt: Date) -> PlanDecision {
        if now < dueAt { return .notDue }
        if dueAt < plannedAt { return .skip(.plannedTooLate) }
        if now > validUntil { return .skip(.expired) }
        return .send
    }
}

public enum PlanDecision: Sendable, Hashable {
    case notDue
    case send
    case skip(PlanSkipReason)
}

public enum PlanSkipReason: String, Sendable, Hashable {
    /// The moment had passed before the message was planned.
    case plannedTooLate = "planned_too_late"
    /// The run was missed and the moment is past `validUntil`.
    case expired
}

/// What happened to one occurrence, as `plan_message_runs.state` stores it.
public enum PlanRunState: String, LabelledChoice {
    case sent
    case skipped

    public var label: String {
        switch self {
        case .sent: "Sent"
        case .skipped: "Skipped"
        }
    }
}
