import Testing
@testable import TandemCore

@Suite struct SurveyReportTests {
    static let questions: [(id: String, question: ValidSurveyQuestion)] = [
        ("q1", ValidSurveyQuestion(prompt: "How useful?", kind: .rating)),
        ("q2", ValidSurveyQuestion(prompt: "What did you learn?", kind: .freeText, audience: .mentees)),
    ]

    /// `count` respondents in `role`, each rating q1 with `rating`.
    static func ratings(_ role: SurveyRespondentRole, _ count: Int, rating: Int = 4) -> [SurveyAnswerRow] {
        (0..<count).map { index in
            SurveyAnswerRow(questionID: "q1", role: role, respondent: "\(role.rawValue)-\(index)", value: .rating(rating))
        }
    }

    @Test func roleGroupOfFourIsHiddenWhileTheOverallNineShows() {
        // arrange
        let rows = Self.ratings(.mentor, 4, rating: 2) + Self.ratings(.mentee, 5, rating: 5)
        // act
        let report = SurveyAggregator.report(questions: Self.questions, answers: rows, anonymous: true)
        // assert
        #expect(report.responseCount == 9)
        #expect(report.overall["q1"]?.answerCount == 9)
        #expect(report.overall["q1"]?.result == .rating(mean: 33.0 / 9.0, distribution: [0, 4, 0, 0, 5]))
        #expect(report.split(for: .mentor)?.summaries["q1"] == .hidden)
        // Showing the mentees' five would reveal the mentors' four by subtraction from the overall.
        #expect(report.split(for: .mentee)?.summaries["q1"] == .hidden)
        #expect(report.byRole.map(\.role) == [.mentor, .mentee])
        #expect(report.split(for: .peer) == nil)
    }

    @Test func eachGroupOfFiveOrMoreShowsOnItsOwn() {
        // act
        let report = SurveyAggregator.report(
            questions: Self.questions, answers: Self.ratings(.mentor, 5, rating: 3) + Self.ratings(.mentee, 6),
            anonymous: true)
        // assert
        #expect(report.split(for: .mentor)?.summaries["q1"]?.result == .rating(mean: 3, distribution: [0, 0, 5, 0, 0]))
        #expect(report.split(for: .mentee)?.summaries["q1"]?.answerCount == 6)
        #expect(report.overall["q1"]?.answerCount == 11)
    }

    @Test func hidesOnlyTheSmallestShownGroupNeededToCoverASmallOne() {
        // arrange: 4 mentors hidden; the 5 mentees are hidden to cover them; 7 peers stay shown
        let rows = Self.ratings(.mentor, 4) + Self.ratings(.mentee, 5) + Self.ratings(.peer, 7)
        // act
        let report = SurveyAggregator.report(questions: Self.questions, answers: rows, anonymous: true)
        // assert
        #expect(report.split(for: .mentor)?.summaries["q1"]?.isHidden == true)
        #expect(report.split(for: .mentee)?.summaries["q1"]?.isHidden == true)
        #expect(report.split(for: .peer)?.summaries["q1"]?.answerCount == 7)
    }

    @Test func aGroupWithNoAnswersToAQuestionNeedsNoCover() {
        // arrange: q2 is for mentees only; the mentors who answered q1 have nothing to reveal there
        let texts = (0..<5).map { index in
            SurveyAnswerRow(questionID: "q2", role: .mentee, respondent: "mentee-\(index)", value: .text("T\(index)"))
        }
        // act
        let report = SurveyAggregator.report(
            questions: Self.questions, answers: Self.ratings(.mentor, 5) + Self.ratings(.mentee, 5) + texts,
            anonymous: true)
        // assert
        #expect(report.split(for: .mentor)?.summaries["q2"] == .hidden)
        #expect(report.split(for: .mentee)?.summaries["q2"]?.result == .texts(["T0", "T1", "T2", "T3", "T4"]))
        #expect(report.overall["q2"]?.answerCount == 5)
        #expect(report.responseCount == 10)
    }

    @Test func fewerThanFiveOverallHidesEverySplit() {
        let report = SurveyAggregator.report(questions: Self.questions, answers: Self.ratings(.peer, 4), anonymous: false)
        #expect(report.overall["q1"] == .hidden)
        #expect(report.split(for: .peer)?.summaries["q1"] == .hidden)
        #expect(report.responseCount == 4)
    }

    @Test func ignoresRepeatsUnknownQuestionsAndQuestionsTheRoleIsNotAsked() {
        // arrange: five rows, but only three count
        let rows = Self.ratings(.mentee, 3) + [
            SurveyAnswerRow(questionID: "q1", role: .mentee, respondent: "mentee-0", value: .rating(1)),
            SurveyAnswerRow(questionID: "gone", role: .mentee, respondent: "mentee-9", value: .rating(1)),
            SurveyAnswerRow(questionID: "q2", role: .mentor, respondent: "mentor-0", value: .text("sneaky")),
        ]
        // act
        let report = SurveyAggregator.report(questions: Self.questions, answers: rows, anonymous: false)
        // assert
        #expect(report.responseCount == 3)
        #expect(report.namedAnswers.count == 3)
        #expect(report.namedAnswers.allSatisfy { $0.value == .rating(4) })
    }

    @Test func namedAnswersOnlyForASurveyThatIsNotAnonymous() {
        // arrange
        let rows = [
            SurveyAnswerRow(questionID: "q2", role: .mentee, respondent: "b", value: .text("SQL")),
            SurveyAnswerRow(questionID: "q1", role: .mentee, respondent: "b", value: .rating(5)),
            SurveyAnswerRow(questionID: "q1", role: .mentor, respondent: "a", value: .rating(3)),
        ]
        // act
        let named = SurveyAggregator.report(questions: Self.questions, answers: rows, anonymous: false)
        let anonymous = SurveyAggregator.report(questions: Self.questions, answers: rows, anonymous: true)
        // assert
        #expect(named.namedAnswers.map { "\($0.respondent) \($0.questionID)" } == ["a q1", "b q1", "b q2"])
        #expect(anonymous.namedAnswers.isEmpty)
        // Named or not, three answers still show no figures.
        #expect(named.overall["q1"] == .hidden)
    }
}
