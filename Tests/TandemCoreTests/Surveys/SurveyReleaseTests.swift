import Foundation
import Testing
@testable import TandemCore

/// Figures move only in steps of five people while a survey is open (`SurveyRelease`).
@Suite struct SurveyReleaseTests {
    static let questions: [(id: String, question: ValidSurveyQuestion)] = [
        ("q1", ValidSurveyQuestion(prompt: "How useful?", kind: .rating)),
    ]

    /// Person `index` answers `rating` at second `index` (or `at`).
    static func answer(_ index: Int, rating: Int, at second: Int? = nil, response: String? = nil) -> SurveyAnswerRow {
        SurveyAnswerRow(
            questionID: "q1", role: .mentee, respondent: response ?? "r\(index)", person: "p\(index)",
            answeredAt: Date(timeIntervalSince1970: Double(second ?? index)), value: .rating(rating))
    }

    static func people(_ count: Int, rating: Int = 4) -> [SurveyAnswerRow] {
        (0..<count).map { answer($0, rating: rating) }
    }

    static func figures(_ rows: [SurveyAnswerRow], closed: Bool = false) -> QuestionSummary? {
        SurveyAggregator.releasedReport(questions: questions, answers: rows, anonymous: true, closed: closed)
            .report.overall["q1"]
    }

    @Test(arguments: [(0, 0), (4, 0), (5, 5), (6, 5), (9, 5), (10, 10), (14, 10), (15, 15)])
    func releasesWholeStepsOfFivePeople(answered: Int, released: Int) {
        // act
        let snapshot = SurveyRelease.snapshot(Self.people(answered), closed: false)
        // assert
        #expect(snapshot.peopleAnswered == answered)
        #expect(snapshot.peopleReleased == released)
        #expect(!snapshot.isFinal)
    }

    @Test func theSixthPersonChangesNothingUntilTheTenth() {
        // arrange: five people rate 4; then a sixth rates 1
        let five = Self.people(5)
        let six = five + [Self.answer(5, rating: 1)]
        let nine = six + (6..<9).map { Self.answer($0, rating: 1) }
        let ten = nine + [Self.answer(9, rating: 1)]
        // act
        let atFive = Self.figures(five)
        let atSix = Self.figures(six)
        let atNine = Self.figures(nine)
        let atTen = Self.figures(ten)
        // assert
        #expect(atFive?.result == .rating(mean: 4, distribution: [0, 0, 0, 5, 0]))
        #expect(atSix == atFive)
        #expect(atNine == atFive)
        #expect(atTen?.answerCount == 10)
        #expect(atTen != atFive)
    }

    @Test func closingReleasesEveryAnswer() {
        // arrange
        let six = Self.people(5) + [Self.answer(5, rating: 1)]
        // act
        let (report, release) = SurveyAggregator.releasedReport(
            questions: Self.questions, answers: six, anonymous: true, closed: true)
        // assert
        #expect(release.isFinal)
        #expect(release.peopleReleased == 6)
        #expect(report.overall["q1"]?.answerCount == 6)
        #expect(SurveyRelease.explanation(for: release) == nil)
    }

    @Test func aLaterAnswerFromSomeoneAlreadyCountedWaitsForTheNextStep() {
        // arrange: five people, then person 0 answers again for another relationship
        let rows = Self.people(5) + [Self.answer(0, rating: 1, at: 100, response: "again")]
        // act
        let snapshot = SurveyRelease.snapshot(rows, closed: false)
        // assert
        #expect(snapshot.rows.count == 5)
        #expect(!snapshot.rows.contains { $0.respondent == "again" })
        #expect(Self.figures(rows)?.answerCount == 5)
    }

    @Test func releaseFollowsAnswerTimeNotInputOrder() {
        // arrange: six people given newest first; the newest (person 5, at second 5) is held back
        let rows = Array(Self.people(6).reversed())
        // act
        let snapshot = SurveyRelease.snapshot(rows, closed: false)
        // assert
        #expect(Set(snapshot.rows.map(\.person)) == ["p0", "p1", "p2", "p3", "p4"])
    }

    @Test func responseCountIsEveryoneWhoAnsweredAndThePageExplainsTheSteps() {
        // act
        let (report, release) = SurveyAggregator.releasedReport(
            questions: Self.questions, answers: Self.people(7), anonymous: true, closed: false)
        // assert
        #expect(report.responseCount == 7)
        #expect(release.peopleReleased == 5)
        #expect(SurveyRelease.explanation(for: release)
            == "Results update each time 5 more people answer, and in full when the survey closes. The figures below cover the first 5 people to answer; they next update when 10 have answered.")
        #expect(release.shownCount == 5)
        #expect(release.answeredText == "At least 5 people answered")
    }

    @Test func fewerThanFivePeopleShowNoCountEvenOnceClosed() {
        // act
        let open = SurveyRelease.snapshot(Self.people(4), closed: false)
        let closed = SurveyRelease.snapshot(Self.people(4), closed: true)
        // assert
        #expect(open.shownCount == nil && closed.shownCount == nil)
        #expect(closed.answeredText == "Fewer than 5 people have answered")
        #expect(SurveyRelease.explanation(for: open)
            == "Results update each time 5 more people answer, and in full when the survey closes. No figures are shown until 5 people have answered.")
    }
}
