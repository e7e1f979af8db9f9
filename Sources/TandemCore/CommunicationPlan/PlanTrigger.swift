/// When a plan message goes: an event moved by a whole number of days (negative is before).
/// "7 days before enrolment closes" is `matchingStarts` with −7, since enrolment closes when
/// matching opens; "14 days after match" is `matched` with 14. Stored as the event's raw value
/// and an integer.
public struct PlanTrigger: Sendable, Hashable, Codable {
    public var event: PlanEvent
    public var offsetDays: Int

    /// Wide enough for any real programme, narrow enough that date arithmetic stays in range.
    public static let offsetRange = -365...365

    public init(_ event: PlanEvent, offsetDays: Int = 0) {
        self.event = event
        self.offsetDays = offsetDays
    }

    /// "7 days before matching opens", "On match", "14 days after match", "At the mid-point".
    public var sentence: String {
        let days = abs(offsetDays) == 1 ? "1 day" : "\(abs(offsetDays)) days"
        switch (event, offsetDays) {
        case (.matched, 0): return "On match"
        case (.midpoint, 0): return "At the mid-point"
        case (.ends, 0): return "On the end date"
        case (_, 0): return "When \(event.phrase)"
        case (_, ..<0): return "\(days) before \(event.phrase)"
        default: return "\(days) after \(event.phrase)"
        }
    }
}
