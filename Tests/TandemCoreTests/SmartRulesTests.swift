import Foundation
import Testing
@testable import TandemCore

@Suite struct SmartRulesTests {
    @Test(arguments: [
        ("Learn Python, improve my public speaking and get promoted", 3),
        ("Learn Python and get promoted", 2),
        ("Speak up in meetings; share one idea a week & mentor a junior", 2),
        ("Lead the retro as well as write the sprint report", 2),
        ("Python, SQL and Excel", 3),
        ("Python and SQL", 1),
        ("Learn SQL joins, window functions and CTEs", 1),
        ("Research and write a report", 1),
        ("Present to the sales and marketing teams", 1),
        ("Write a report and design doc for payments", 1),
        ("Grow 1,000 newsletter readers", 1),
        ("Run a workshop so that my team can build and share reports", 1),
        ("", 0),
    ])
    func countsOutcomesInTheTitle(title: String, outcomes: Int) {
        #expect(SmartCheck.outcomeCount(in: title) == outcomes)
    }

    @Test(arguments: [
        ("10 attendees", true),
        ("4/5 average rating", true),
        ("Up 15%", true),
        ("30-minute demo", true),
        ("by 2027-03-31", false),
        ("by 31/03/2027", false),
        ("in 2027", false),
        ("done by Q3", false),
        ("a great talk", false),
        ("", false),
    ])
    func findsQuantitiesButNotDates(text: String, expected: Bool) {
        #expect(SmartCheck.hasQuantity(text) == expected)
    }

    @Test func matchesWholeWordsAndPhrases() {
        // arrange
        let text = GoalText("Ship a NoSQL-free C++ service (front-end too) for Node.js users.")
        // assert
        #expect(text.contains(phrase: "C++"))
        #expect(text.contains(phrase: "node.js"))
        #expect(text.contains(phrase: "Front End"))
        #expect(text.contains(phrase: "users"))
        #expect(!text.contains(phrase: "SQL"))
        #expect(!text.contains(phrase: "C"))
        #expect(!text.contains(phrase: "end too front"))
        #expect(!text.contains(phrase: "  "))
    }

    @Test func curlyApostrophesMatchStraightOnes() {
        #expect(GoalText("Lead the team’s retro").contains(phrase: "team's retro"))
    }

    @Test(arguments: [
        ("Master Kubernetes networking for the platform team", "master"),
        ("Never miss a sprint review with stakeholders", "never"),
        ("Meet every week to review my SQL", nil),
        ("Present at the all hands in March", nil),
        ("Present at the all-hands in March", nil),
        ("No jargon at all in my client emails", nil),
        ("Answer all support tickets myself", "all"),
    ] as [(String, String?)])
    func spotsAbsoluteWords(text: String, word: String?) {
        #expect(SmartCheck.absoluteWord(in: GoalText(text)) == word)
    }

    @Test func absoluteWordsNeedNinetyDays() {
        // arrange
        let today = day("2026-11-26")
        func review(_ target: String) -> Bool {
            SmartCheck.achievable(
                SmartInput(title: "Master SQL", targetDate: day(target), today: today),
                text: GoalText("Master SQL")).met
        }
        // assert
        #expect(!review("2027-02-23"))  // 89 days
        #expect(review("2027-02-24"))  // 90 days
    }

    @Test func noDateOrPassedDateLeavesAchievableToTimeBound() {
        let busy = (1...5).map { "Step \($0)" }
        let today = day("2026-11-26")
        let noDate = SmartInput(title: "Master SQL", milestones: busy, today: today)
        let passed = SmartInput(title: "Master SQL", targetDate: day("2026-11-01"), milestones: busy, today: today)
        #expect(SmartCheck.achievable(noDate, text: GoalText("Master SQL")).met)
        #expect(SmartCheck.achievable(passed, text: GoalText("Master SQL")).met)
    }

    @Test func relevantFocusAreasAreTrimmedAndDeduplicated() {
        let finding = SmartCheck.relevant(
            text: GoalText("Tidy my inbox"), focusAreas: [" ", " Public speaking ", "public SPEAKING", "SQL"])
        #expect(finding.hint?.hasSuffix("(for example: Public speaking, SQL).") == true)
    }

    @Test func criteriaHaveStableRawValuesAndLabels() throws {
        #expect(SmartCriterion.allCases.map(\.rawValue) == [
            "specific", "measurable", "achievable", "relevant", "time_bound",
        ])
        #expect(SmartCriterion.allCases.map(\.label) == [
            "Specific", "Measurable", "Achievable", "Relevant", "Time-bound",
        ])
        #expect(SmartCheck.countWord(2) == "two")
        #expect(SmartCheck.countWord(11) == "11")
    }

    @Test func reportRoundTripsThroughJSON() throws {
        // arrange
        let report = SmartCheck.review(SmartInput(title: "Get better at Excel", today: day("2026-11-26")))
        // act
        let data = try JSONEncoder().encode(report)
        let decoded = try JSONDecoder().decode(SmartReport.self, from: data)
        // assert
        #expect(decoded == report)
        #expect(String(decoding: data, as: UTF8.self).contains(#""criterion":"time_bound""#))
    }
}
