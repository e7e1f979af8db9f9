import Foundation
@testable import TandemCore

/// Zones whose DST rules the check-in tests rely on (beyond `Zone` in TestSupport.swift).
enum CheckInZone {
    static let london = TimeZone(identifier: "Europe/London")!
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let sydney = TimeZone(identifier: "Australia/Sydney")!
}

/// The failure a validator threw, or nil when it passed.
func checkInFailure(_ body: () throws -> Void) -> ValidationFailure? {
    do {
        try body()
        return nil
    } catch {
        return error as? ValidationFailure
    }
}
