import Foundation

/// A calendar day with no time or zone, such as a programme's phase dates.
/// It becomes an instant only with a time zone: see `startInstant(in:)`.
/// Encodes as "YYYY-MM-DD", the format of HTML date inputs.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the parts form a real Gregorian date (so Feb 30 is rejected).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The years a typed or stored date may have: wide enough for any real plan, narrow enough
    /// that arithmetic on the day and every database's date type stay in range.
    public static let acceptedYears = 1900...2200

    /// Parses exactly "YYYY-MM-DD", within `acceptedYears`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              Self.acceptedYears.contains(year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day `date` falls on in `timeZone`, for example "today" in the organisation's zone.
    public init(date: Date, in timeZone: TimeZone) {
        let parts = Calendar.gregorian(in: timeZone).dateComponents([.year, .month, .day], from: date)
        self.year = parts.year ?? 1970
        self.month = parts.month ?? 1
        self.day = parts.day ?? 1
    }

    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public var description: String { iso }

    /// 00:00 local time on this day in `timeZone`. Where DST skips midnight, the first
    /// instant that day that does exist.
    public func startInstant(in timeZone: TimeZone) -> Date {
        let calendar = Calendar.gregorian(in: timeZone)
        let noon = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))
        // Starting from noon sidesteps days whose midnight does not exist.
        return noon.map(calendar.startOfDay(for:)) ?? Date(timeIntervalSince1970: 0)
    }

    /// The day `days` later (or earlier, if negative).
    public func adding(days: Int) -> LocalDate {
        let utc = TimeZone(identifier: "UTC") ?? .current
        let shifted = startInstant(in: utc).addingTimeInterval(Double(days) * 86_400)
        return LocalDate(date: shifted, in: utc)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a date as YYYY-MM-DD, got \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}
