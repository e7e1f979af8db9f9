import Testing
@testable import TandemCore

@Suite struct SeniorityLevelTests {
    @Test(arguments: [
        ("1", 1), (" 10 ", 10), ("entry", 1), ("Senior", 4), ("senior manager", 8),
        ("  SENIOR   Manager ", 8), ("Executive", 10), ("manager", 7),
    ] as [(String, Int)])
    func parsesNumbersAndNames(raw: String, expected: Int) {
        #expect(SeniorityLevel.parse(raw) == expected)
    }

    @Test(arguments: ["", "0", "11", "-1", "boss", "senior-manager", "4.5"])
    func rejectsUnknownLevels(raw: String) {
        #expect(SeniorityLevel.parse(raw) == nil)
    }

    @Test func namesEveryLevelAndRoundTrips() {
        #expect(SeniorityLevel.all.map(\.value) == Array(1...10))
        #expect(SeniorityLevel.name(for: 7) == "Manager")
        #expect(SeniorityLevel.name(for: 42) == "Level 42")
        for level in SeniorityLevel.all {
            #expect(SeniorityLevel.parse(SeniorityLevel.name(for: level.value)) == level.value)
        }
    }
}
