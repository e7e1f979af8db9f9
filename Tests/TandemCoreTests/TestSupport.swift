import Foundation
@testable import TandemCore

enum Zone {
    static let berlin = TimeZone(identifier: "Europe/Berlin")!
    static let auckland = TimeZone(identifier: "Pacific/Auckland")!
    static let utc = TimeZone(identifier: "UTC")!
}

/// An instant given as wall-clock time in `zone`, so tests read like the rules they check.
func instant(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0,
    in zone: TimeZone
) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    return calendar.date(from: DateComponents(
        year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
}

func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

/// The field names a validation failure reported, sorted, for whole-set comparisons.
func failedFields(_ body: () throws -> Void) -> [String] {
    do {
        try body()
        return []
    } catch let failure as ValidationFailure {
        return failure.fields.map(\.field).sorted()
    } catch {
        return ["unexpected: \(error)"]
    }
}
