import Testing
@testable import TandemCore

/// The anonymity threshold counts people, not answers (docs/rules.md "Surveys").
@Suite struct SurveyAnonymityByPersonTests {
    static let questions: [(id: String, question: ValidSurveyQuestion)] = [
        ("q1", ValidSurveyQuestion(prompt: "How useful?", kind: .rating)),
    ]

    static func row(_ person: String, response: String, role: SurveyRespondentRole = .mentor, rating: Int = 4) -> SurveyAnswerRow {
        SurveyAnswerRow(questionID: "q1", role: role, respondent: response, person: person, value: .rating(rating))
    }

    @Test func oneMentorAnsweringForFiveMenteesIsOnePersonAndStaysHidden() {
        // arrange: five responses, one per relationship, all from the same mentor
        let rows = (0..<5).map { Self.row("mentor-1", response: "response-\($0)") }
        // act
        let report = SurveyAggregator.report(questions: Self.questions, answers: rows, anonymous: true)
        // assert
        #expect(report.responseCount == 1)
        #expect(report.overall["q1"] == .hidden)
        #expect(report.split(for: .mentor)?.summaries["q1"] == .hidden)
    }

    @Test func fivePeopleShowEvenWhenOneOfThemAnsweredTwice() {
        // arrange: four people once, a fifth for two relationships
        let rows = (0..<4).map { Self.row("p\($0)", response: "r\($0)") }
            + [Self.row("p4", response: "r4"), Self.row("p4", response: "r5")]
        // act
        let report = SurveyAggregator.report(questions: Self.questions, answers: rows, anonymous: true)
        // assert: figures over six answers from five people
        #expect(report.responseCount == 5)
        #expect(report.overall["q1"]?.answerCount == 6)
    }

    @Test func aRoleSplitCountsPeopleToo() {
        // arrange: 5 mentees (shown) and 1 mentor who answered for five mentees
        let mentees = (0..<5).map { Self.row("mentee-\($0)", response: "m\($0)", role: .mentee) }
        let mentor = (0..<5).map { Self.row("mentor", response: "x\($0)", role: .mentor) }
        // act
        let report = SurveyAggregator.report(questions: Self.questions, answers: mentees + mentor, anonymous: true)
        // assert: the mentor's group is one person, so it is hidden, and the mentees are hidden
        // too, or the overall minus them would show the mentor's answers
        #expect(report.overall["q1"]?.answerCount == 10)
        #expect(report.split(for: .mentor)?.summaries["q1"] == .hidden)
        #expect(report.split(for: .mentee)?.summaries["q1"] == .hidden)
    }

    @Test func summariseByRowsCountsDistinctPeople() {
        // arrange
        let question = Self.questions[0].question
        let four = (0..<8).map { Self.row("p\($0 % 4)", response: "r\($0)") }
        let five = four + [Self.row("p4", response: "r8")]
        // act / assert
        #expect(SurveyAggregator.summarise(question: question, rows: four).isHidden)
        #expect(SurveyAggregator.summarise(question: question, rows: five).answerCount == 9)
    }
}
