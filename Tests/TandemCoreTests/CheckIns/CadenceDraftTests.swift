import Foundation
import Testing
@testable import TandemCore

@Suite struct CadenceDraftTests {
    @Test(arguments: [
        ("weekly", "", CheckInRhythm(cadence: .weekly)),
        ("monthly", "abc", CheckInRhythm(cadence: .monthly)),
        ("custom", " 10 ", CheckInRhythm(cadence: .custom, customDays: 10)),
        ("custom", "1", CheckInRhythm(cadence: .custom, customDays: 1)),
        ("custom", "365", CheckInRhythm(cadence: .custom, customDays: 365)),
    ])
    func acceptsValidRhythms(cadence: String, customDays: String, expected: CheckInRhythm) throws {
        let rhythm = try CadenceDraft(cadence: cadence, customDays: customDays).validate()
        #expect(rhythm == expected)
    }

    @Test(arguments: [
        ("", "", ["cadence"]),
        ("daily", "3", ["cadence"]),
        ("custom", "", ["custom_days"]),
        ("custom", "0", ["custom_days"]),
        ("custom", "366", ["custom_days"]),
        ("custom", "2.5", ["custom_days"]),
    ])
    func reportsBadFields(cadence: String, customDays: String, fields: [String]) {
        let draft = CadenceDraft(cadence: cadence, customDays: customDays)
        #expect(failedFields { _ = try draft.validate() } == fields)
    }

    @Test func explainsTheCustomRange() throws {
        // arrange
        let json = #"{"cadence":"custom","custom_days":400}"#
        let draft = try JSONDecoder().decode(CadenceDraft.self, from: Data(json.utf8))
        // act
        let failure = checkInFailure { _ = try draft.validate() }
        // assert
        #expect(draft.customDays == "400")
        #expect(failure?.message(for: "custom_days") == "Say how many days apart, from 1 to 365.")
    }
}
