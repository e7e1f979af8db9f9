import Foundation

/// A pair's cadence together with the number of days a custom cadence means, so "every 10 days"
/// can be stored, shown and stepped like the fixed cadences.
public struct CheckInRhythm: Sendable, Hashable, Codable {
    public static let customDaysRange = 1...365

    public let cadence: Cadence
    /// The chosen number of days for `.custom` (always within 1…365); nil for every other cadence.
    public let customDays: Int?

    /// `customDays` is ignored unless `cadence` is `.custom`. A custom rhythm without a number
    /// falls back to `Cadence.custom.days`, and out-of-range numbers are clamped to 1…365.
    public init(cadence: Cadence, customDays: Int? = nil) {
        self.cadence = cadence
        if cadence == .custom {
            let range = Self.customDaysRange
            self.customDays = min(max(customDays ?? Cadence.custom.days, range.lowerBound), range.upperBound)
        } else {
            self.customDays = nil
        }
    }

    /// The length in days, for `HealthRules.evaluate(cadenceDays:)`. Monthly counts as 30.
    public var days: Int { customDays ?? cadence.days }

    /// "Weekly", "Every two weeks", "Monthly", "Every 10 days" (or "Every day").
    public var label: String {
        guard let customDays else { return cadence.label }
        return customDays == 1 ? "Every day" : "Every \(customDays) days"
    }

    /// The next check-in after `date`, at the same local wall time in `timeZone`.
    /// A custom rhythm steps by N calendar days (not N × 24 hours), so DST changes keep the wall
    /// time; monthly clamps to the month's last day, as `Cadence.next(after:in:)` does.
    public func next(after date: Date, in timeZone: TimeZone) -> Date {
        guard let customDays else { return cadence.next(after: date, in: timeZone) }
        return Calendar.gregorian(in: timeZone)
            .stepping(date, by: DateComponents(day: customDays), fallbackDays: customDays)
    }

    enum CodingKeys: String, CodingKey {
        case cadence
        case customDays = "custom_days"
    }

    /// Decodes through `init(cadence:customDays:)`, so stored values keep the same guarantees.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            cadence: try c.decode(Cadence.self, forKey: .cadence),
            customDays: try c.decodeIfPresent(Int.self, forKey: .customDays))
    }
}
