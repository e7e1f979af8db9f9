import Testing
@testable import TandemCore

@Suite struct MentoringHoursTests {
    @Test(arguments: [
        (0, "0 h"), (-5, "0 h"), (1, "1 min"), (45, "45 min"), (60, "1 h"), (90, "1 h 30 min"),
        (725, "12 h 5 min"), (1_200, "20 h"),
    ])
    func text(minutes: Int, expected: String) {
        #expect(MentoringHours.text(minutes: minutes) == expected)
    }

    @Test func keepsSelfReportedTimeApart() {
        // act
        let hours = MentoringHours.summarise([
            (minutes: 60, confirmed: true), (minutes: 45, confirmed: false),
            (minutes: 30, confirmed: true), (minutes: -10, confirmed: true),
        ])
        // assert
        #expect(hours == MentoringHours(confirmedMinutes: 90, selfReportedMinutes: 45, checkInCount: 4))
        #expect(hours.confirmedText == "1 h 30 min")
        #expect(hours.selfReportedText == "45 min")
    }

    @Test func summarisesNothingAsZero() {
        let hours = MentoringHours.summarise([])
        #expect(hours == MentoringHours(confirmedMinutes: 0, selfReportedMinutes: 0, checkInCount: 0))
        #expect(hours.confirmedText == "0 h")
    }
}
