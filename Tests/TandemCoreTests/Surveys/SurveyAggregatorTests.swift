import Foundation
import Testing
@testable import TandemCore

@Suite struct SurveyAggregatorTests {
    static let rating = ValidSurveyQuestion(prompt: "How useful?", kind: .rating)
    static let nps = ValidSurveyQuestion(prompt: "Recommend?", kind: .nps)
    static let choice = ValidSurveyQuestion(
        prompt: "Focus?", kind: .singleChoice, options: ["Career", "Skills", "Confidence"])
    static let text = ValidSurveyQuestion(prompt: "Anything else?", kind: .freeText)

    @Test func thresholdIsFive() {
        #expect(SurveyAggregator.anonymityThreshold == 5)
    }

    @Test(arguments: [
        (SurveyAggregatorTests.rating, [SurveyAnswerValue.rating(5), .rating(5), .rating(4), .rating(1)]),
        (SurveyAggregatorTests.nps, [.nps(10), .nps(9), .nps(0), .nps(7)]),
        (SurveyAggregatorTests.choice, [.choice("Career"), .choice("Career"), .choice("Skills"), .choice("Skills")]),
        (SurveyAggregatorTests.text, [.text("a"), .text("b"), .text("c"), .text("d")]),
    ])
    func fourAnswersShowNoFiguresAtAll(question: ValidSurveyQuestion, answers: [SurveyAnswerValue]) throws {
        // act
        let summary = SurveyAggregator.summarise(question: question, answers: answers)
        // assert
        #expect(summary.isHidden)
        #expect(summary.result == .tooFew)
        #expect(summary.answerCount == nil)
        // Nothing of the four answers may leave Core, not even through an export.
        let json = String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
        #expect(!json.contains("4"))
        #expect(!json.contains("Career"))
    }

    @Test func fiveRatingsShowMeanAndDistribution() {
        // act
        let summary = SurveyAggregator.summarise(
            question: Self.rating, answers: [.rating(5), .rating(4), .rating(4), .rating(2), .rating(5)])
        // assert
        #expect(!summary.isHidden)
        #expect(summary.answerCount == 5)
        #expect(summary.result == .rating(mean: 4.0, distribution: [0, 1, 0, 2, 2]))
    }

    @Test(arguments: [(4.0, "4.0"), (4.25, "4.3"), (3.333, "3.3"), (1.96, "2.0"), (5, "5.0")])
    func meanShowsOneDecimalPlace(mean: Double, text: String) {
        #expect(QuestionSummary.text(mean: mean) == text)
    }

    @Test(arguments: [
        ([10, 9, 9, 7, 3], 40, 3, 1, 1),
        ([0, 1, 2, 3, 4, 5], -100, 0, 0, 6),
        ([7, 8, 7, 8, 7], 0, 0, 5, 0),
        ([9, 9, 6, 8, 8, 8], 17, 2, 3, 1),
        ([10, 6, 6, 8, 8, 8], -17, 1, 3, 2),
    ])
    func npsIsPromotersMinusDetractorsInPercent(
        numbers: [Int], score: Int, promoters: Int, passives: Int, detractors: Int
    ) {
        let summary = SurveyAggregator.summarise(question: Self.nps, answers: numbers.map(SurveyAnswerValue.nps))
        #expect(summary.result == .nps(score: score, promoters: promoters, passives: passives, detractors: detractors))
        #expect(summary.answerCount == numbers.count)
    }

    @Test func choicesCountInOptionOrderWithZeros() {
        // arrange
        let answers: [SurveyAnswerValue] = [
            .choice("Skills"), .choice("Career"), .choice("Skills"), .choice("Skills"), .choice("Career"),
        ]
        // act
        let summary = SurveyAggregator.summarise(question: Self.choice, answers: answers)
        // assert
        #expect(summary.result == .choices([
            .init(option: "Career", count: 2), .init(option: "Skills", count: 3),
            .init(option: "Confidence", count: 0),
        ]))
    }

    @Test func freeTextShowsSortedFromFiveAnswers() {
        // arrange
        let answers: [SurveyAnswerValue] = [
            .text("Patience"), .text(" Listening "), .text("Delegating"), .text("SQL"), .text("Feedback"),
        ]
        // act
        let summary = SurveyAggregator.summarise(question: Self.text, answers: answers)
        // assert: sorted, so the order says nothing about who answered when
        #expect(summary.result == .texts(["Delegating", "Feedback", "Listening", "Patience", "SQL"]))
    }

    @Test func answersThatDoNotFitTheQuestionDoNotCountTowardsTheThreshold() {
        // arrange: four good ratings plus an NPS answer and a stale choice
        let ratings: [SurveyAnswerValue] = [.rating(3), .rating(4), .rating(5), .rating(2), .nps(9)]
        let choices: [SurveyAnswerValue] = [
            .choice("Career"), .choice("Career"), .choice("Skills"), .choice("Skills"), .choice("Removed"),
        ]
        let texts: [SurveyAnswerValue] = [.text("a"), .text("b"), .text("c"), .text("d"), .text("   ")]
        // act + assert
        #expect(SurveyAggregator.summarise(question: Self.rating, answers: ratings).isHidden)
        #expect(SurveyAggregator.summarise(question: Self.choice, answers: choices).isHidden)
        #expect(SurveyAggregator.summarise(question: Self.text, answers: texts).isHidden)
    }

    @Test func aHiddenSummaryForgetsTheCountItWasGiven() {
        #expect(QuestionSummary(answerCount: 3, result: .tooFew) == .hidden)
        #expect(QuestionSummary(answerCount: 7, result: .texts([])).answerCount == 7)
    }
}
