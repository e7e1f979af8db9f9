import Foundation
import Testing
@testable import TandemCore

@Suite struct SurveyResponseDraftTests {
    static let questions: [(id: String, question: ValidSurveyQuestion)] = [
        ("r1", ValidSurveyQuestion(prompt: "How useful?", kind: .rating)),
        ("n1", ValidSurveyQuestion(prompt: "Recommend?", kind: .nps, audience: .mentees)),
        ("c1", ValidSurveyQuestion(prompt: "Focus?", kind: .singleChoice, options: ["Career", "Skills"])),
        ("t1", ValidSurveyQuestion(prompt: "What did your mentee teach you?", kind: .freeText, audience: .mentors)),
    ]

    @Test func decodesOnlyQuestionFieldsFromAFormOrJSON() throws {
        // arrange
        let json = #"{"q_r1":"4","q_n1":9,"q_c1":"Skills","csrf_token":"abc","q_":"x","r1":"1"}"#
        // act
        let draft = try JSONDecoder().decode(SurveyResponseDraft.self, from: Data(json.utf8))
        // assert
        #expect(draft.answers == ["r1": "4", "n1": "9", "c1": "Skills"])
    }

    @Test func encodesWithFieldNames() throws {
        let data = try JSONEncoder().encode(SurveyResponseDraft(answers: ["r1": "5"]))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: String]
        #expect(object == ["q_r1": "5"])
        #expect(SurveyResponseDraft.fieldName(for: "r1") == "q_r1")
    }

    @Test func menteeAnswersTheirQuestions() throws {
        // arrange
        let draft = SurveyResponseDraft(answers: [" r1": "x", "r1": " 4 ", "n1": "0", "c1": "Career", "t1": "ignored"])
        // act
        let answers = try draft.validate(questions: Self.questions, role: .mentee)
        // assert: the mentors-only free text is not the mentee's to answer
        #expect(answers == ["r1": .rating(4), "n1": .nps(0), "c1": .choice("Career")])
    }

    @Test func freeTextIsOptionalAndTrimmed() throws {
        let base: [String: String] = ["r1": "5", "c1": "Skills"]
        var draft = SurveyResponseDraft(answers: base)
        #expect(try draft.validate(questions: Self.questions, role: .mentor) == ["r1": .rating(5), "c1": .choice("Skills")])
        draft.answers["t1"] = "  Patience.  "
        #expect(try draft.validate(questions: Self.questions, role: .mentor)["t1"] == .text("Patience."))
    }

    @Test func peersAreAskedEverything() {
        #expect(failedFields {
            _ = try SurveyResponseDraft().validate(questions: Self.questions, role: .peer)
        } == ["q_c1", "q_n1", "q_r1"])
    }

    @Test(arguments: [
        ("r1", "0"), ("r1", "6"), ("r1", "four"), ("r1", ""),
        ("n1", "-1"), ("n1", "11"), ("n1", "7.5"), ("n1", ""),
        ("c1", "career"), ("c1", "Other"), ("c1", ""),
        ("t1", String(repeating: "w", count: 4001)),
    ])
    func rejectsMissingOutOfRangeAndUnknownAnswers(id: String, raw: String) {
        // arrange
        var draft = SurveyResponseDraft(answers: ["r1": "3", "n1": "8", "c1": "Career", "t1": "ok"])
        draft.answers[id] = raw
        // act + assert
        #expect(failedFields { _ = try draft.validate(questions: Self.questions, role: .peer) } == ["q_\(id)"])
    }

    @Test func reportsAllMissingAnswersWithFriendlyMessages() {
        // act
        var failure: ValidationFailure?
        do {
            _ = try SurveyResponseDraft(answers: ["t1": String(repeating: "w", count: 4001)])
                .validate(questions: Self.questions, role: .peer)
        } catch { failure = error }
        // assert
        #expect(failure?.fields.map(\.field) == ["q_r1", "q_n1", "q_c1", "q_t1"])
        #expect(failure?.message(for: "q_r1") == "Choose an answer.")
        #expect(failure?.message(for: "q_n1") == "Choose a number from 0 to 10.")
        #expect(failure?.message(for: "q_c1") == "Choose an answer.")
        #expect(failure?.message(for: "q_t1") == "Keep your answer to 4000 characters or fewer.")
    }
}

@Suite struct SurveyAnswerValueTests {
    @Test(arguments: [
        SurveyAnswerValue.rating(1), .rating(5), .nps(0), .nps(10), .choice("Career"), .text("Thanks"),
    ])
    func roundTripsThroughTwoColumnsAndJSON(value: SurveyAnswerValue) throws {
        // act
        let fromColumns = SurveyAnswerValue(kind: value.kind, number: value.number, text: value.text)
        let json = try JSONEncoder().encode(value)
        // assert
        #expect(fromColumns == value)
        #expect(try JSONDecoder().decode(SurveyAnswerValue.self, from: json) == value)
        #expect((value.number == nil) != (value.text == nil))
    }

    @Test(arguments: [
        (SurveyQuestionKind.rating, Int?.some(0), String?.none),
        (.rating, 6, nil),
        (.rating, nil, "4"),
        (.nps, 11, nil),
        (.nps, -1, nil),
        (.singleChoice, nil, ""),
        (.singleChoice, 1, nil),
        (.freeText, nil, nil),
    ])
    func rejectsRowsThatCannotBeAnAnswer(kind: SurveyQuestionKind, number: Int?, text: String?) {
        #expect(SurveyAnswerValue(kind: kind, number: number, text: text) == nil)
    }

    @Test func encodesKindAndOneColumn() throws {
        let data = try JSONEncoder().encode(SurveyAnswerValue.choice("Skills"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: String]
        #expect(object == ["kind": "single_choice", "text": "Skills"])
    }

    @Test func refusesToDecodeAnOutOfRangeRating() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SurveyAnswerValue.self, from: Data(#"{"kind":"rating","number":9}"#.utf8))
        }
    }
}
