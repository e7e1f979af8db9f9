import Foundation

/// How often a pair means to check in. Stored on the relationship (RULES.md "Cadence").
public enum Cadence: String, LabelledChoice {
    case weekly
    case fortnightly
    case monthly

    public var label: String {
        switch self {
        case .weekly: "Weekly"
        case .fortnightly: "Every two weeks"
        case .monthly: "Monthly"
        }
    }

    /// The cadence in days, for `HealthRules.evaluate(cadenceDays:)`. Monthly counts as 30.
    public var days: Int {
        switch self {
        case .weekly: 7
        case .fortnightly: 14
        case .monthly: 30
        }
    }

    /// The next check-in after `date`, at the same local wall time in `timeZone`.
    /// Calendar arithmetic (not seconds) keeps the wall time across DST changes, and
    /// monthly steps clamp to the month's last day (Jan 31 → Feb 28 or 29).
    public func next(after date: Date, in timeZone: TimeZone) -> Date {
        let calendar = Calendar.gregorian(in: timeZone)
        let step: DateComponents = switch self {
        case .weekly: DateComponents(day: 7)
        case .fortnightly: DateComponents(day: 14)
        case .monthly: DateComponents(month: 1)
        }
        // Fallback is unreachable for these small steps; seconds keep it total rather than crashing.
        return calendar.date(byAdding: step, to: date)
            ?? date.addingTimeInterval(Double(days) * 86_400)
    }
}

extension Calendar {
    static func gregorian(in timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
