import Foundation

/// How often a pair means to check in. Stored on the relationship (docs/rules.md "Cadence, health, meetings and hours").
public enum Cadence: String, LabelledChoice {
    case weekly
    case fortnightly
    case monthly
    /// A number of days the pair chose; the number lives in `CheckInRhythm.customDays`.
    case custom

    public var label: String {
        switch self {
        case .weekly: "Weekly"
        case .fortnightly: "Every two weeks"
        case .monthly: "Monthly"
        case .custom: "Custom"
        }
    }

    /// The cadence in days, for `HealthRules.evaluate(cadenceDays:)`. Monthly counts as 30.
    /// `.custom` has no fixed length: 14 is only a fallback for callers that have no
    /// `CheckInRhythm`; use `CheckInRhythm.days` wherever the pair's number is known.
    public var days: Int {
        switch self {
        case .weekly: 7
        case .fortnightly: 14
        case .monthly: 30
        case .custom: 14
        }
    }

    /// The next check-in after `date`, at the same local wall time in `timeZone`.
    /// Calendar arithmetic (not seconds) keeps the wall time across DST changes, and
    /// monthly steps clamp to the month's last day (Jan 31 → Feb 28 or 29).
    /// `.custom` steps by the 14-day fallback; `CheckInRhythm.next(after:in:)` uses the real number.
    public func next(after date: Date, in timeZone: TimeZone) -> Date {
        let step: DateComponents = switch self {
        case .weekly, .fortnightly, .custom: DateComponents(day: days)
        case .monthly: DateComponents(month: 1)
        }
        return Calendar.gregorian(in: timeZone).stepping(date, by: step, fallbackDays: days)
    }
}

extension Calendar {
    static func gregorian(in timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// `date` moved by `step` in local wall time. The fallback is unreachable for the small steps
    /// used here; plain seconds keep it total rather than crashing.
    func stepping(_ date: Date, by step: DateComponents, fallbackDays: Int) -> Date {
        self.date(byAdding: step, to: date) ?? date.addingTimeInterval(Double(fallbackDays) * 86_400)
    }
}
