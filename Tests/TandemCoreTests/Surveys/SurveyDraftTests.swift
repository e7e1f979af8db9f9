import Foundation
import Testing
@testable import TandemCore

@Suite struct SurveyDraftTests {
    static let pulse = SurveyDraft(
        title: "  Pulse check ", intro: "Two minutes, promise.", trigger: "pulse", pulseAfter: "3",
        anonymous: true,
        questions: [
            SurveyQuestionDraft(prompt: "How useful was your last check-in?", kind: "rating"),
            SurveyQuestionDraft(prompt: "", kind: "rating"),
            SurveyQuestionDraft(
                prompt: "What did you work on?", kind: "single_choice",
                options: "Career\n\n  Skills \nCareer\nConfidence", audience: "mentees", about: "self"),
            SurveyQuestionDraft(prompt: "Anything else?", kind: "free_text", options: "ignored"),
        ])

    @Test func validPulseSurvey() throws {
        // act
        let valid = try Self.pulse.validate()
        // assert
        #expect(valid.title == "Pulse check")
        #expect(valid.trigger == .pulse)
        #expect(valid.pulseAfter == 3)
        #expect(valid.anonymous)
        #expect(valid.questions.map(\.kind) == [.rating, .singleChoice, .freeText])
        #expect(valid.questions[0].audience == .everyone)
        #expect(valid.questions[0].about == .relationship)
        #expect(valid.questions[1].options == ["Career", "Skills", "Confidence"])
        #expect(valid.questions[1].audience == .mentees)
        #expect(valid.questions[1].about == .myself)
        #expect(valid.questions[2].options == [])
    }

    @Test func otherTriggersIgnorePulseAfter() throws {
        var draft = Self.pulse
        draft.trigger = "end"
        draft.pulseAfter = "lots"
        #expect(try draft.validate().pulseAfter == nil)
    }

    @Test func validSurveyRoundTripsThroughItsDraft() throws {
        let valid = try Self.pulse.validate()
        #expect(try valid.draft.validate() == valid)
    }

    @Test(arguments: [
        (\SurveyDraft.title, "", "title"),
        (\.title, String(repeating: "t", count: 201), "title"),
        (\.intro, String(repeating: "i", count: 2001), "intro"),
        (\.trigger, "", "trigger"),
        (\.trigger, "weekly", "trigger"),
        (\.pulseAfter, "", "pulse_after"),
        (\.pulseAfter, "0", "pulse_after"),
        (\.pulseAfter, "51", "pulse_after"),
        (\.pulseAfter, "three", "pulse_after"),
    ] as [(WritableKeyPath<SurveyDraft, String> & Sendable, String, String)])
    func reportsEachBadField(keyPath: WritableKeyPath<SurveyDraft, String> & Sendable, value: String, field: String) {
        // arrange
        var draft = Self.pulse
        draft[keyPath: keyPath] = value
        // act + assert
        #expect(failedFields { _ = try draft.validate() } == [field])
    }

    @Test(arguments: [
        (SurveyQuestionDraft(prompt: "", kind: "single_choice", options: "A\nB"), ["questions[3][prompt]"]),
        (SurveyQuestionDraft(prompt: String(repeating: "p", count: 501), kind: "rating"), ["questions[3][prompt]"]),
        (SurveyQuestionDraft(prompt: "Q", kind: ""), ["questions[3][kind]"]),
        (SurveyQuestionDraft(prompt: "Q", kind: "slider"), ["questions[3][kind]"]),
        (SurveyQuestionDraft(prompt: "Q", kind: "single_choice", options: "Only\nOnly"), ["questions[3][options]"]),
        (SurveyQuestionDraft(prompt: "Q", kind: "single_choice"), ["questions[3][options]"]),
        (SurveyQuestionDraft(
            prompt: "Q", kind: "single_choice", options: (1...11).map { "O\($0)" }.joined(separator: "\n")),
         ["questions[3][options]"]),
        (SurveyQuestionDraft(
            prompt: "Q", kind: "single_choice", options: "A\n" + String(repeating: "o", count: 201)),
         ["questions[3][options]"]),
        (SurveyQuestionDraft(prompt: "Q", kind: "rating", audience: "managers"), ["questions[3][audience]"]),
        (SurveyQuestionDraft(prompt: "Q", kind: "rating", about: "team"), ["questions[3][about]"]),
    ])
    func reportsEachBadQuestionUnderItsRowNumber(row: SurveyQuestionDraft, fields: [String]) {
        // arrange: the bad row comes after a blank one, and keeps its own position
        var draft = Self.pulse
        draft.questions[3] = row
        // act + assert
        #expect(failedFields { _ = try draft.validate() } == fields)
    }

    @Test func tenDistinctOptionsAreAllowed() throws {
        var draft = Self.pulse
        draft.questions[2].options = (1...10).map { "O\($0)" }.joined(separator: "\n")
        #expect(try draft.validate().questions[1].options.count == 10)
    }

    @Test func needsAtLeastOneQuestionBesidesBlankRows() {
        var draft = Self.pulse
        draft.questions = [SurveyQuestionDraft(kind: "rating"), SurveyQuestionDraft(prompt: "  ", options: "\n")]
        #expect(failedFields { _ = try draft.validate() } == ["questions"])
    }

    @Test func allowsThirtyQuestionsButNotThirtyOne() throws {
        // arrange
        var draft = Self.pulse
        draft.questions = (1...30).map { SurveyQuestionDraft(prompt: "Q\($0)", kind: "nps") }
        // act + assert
        #expect(try draft.validate().questions.count == 30)
        draft.questions.append(SurveyQuestionDraft(prompt: "Q31", kind: "nps"))
        #expect(failedFields { _ = try draft.validate() } == ["questions"])
    }

    @Test func reportsAllErrorsTogetherWithFriendlyMessages() {
        // arrange
        let draft = SurveyDraft(
            intro: String(repeating: "x", count: 2001), trigger: "pulse", pulseAfter: "99",
            questions: [
                SurveyQuestionDraft(prompt: "Fine", kind: "rating"),
                SurveyQuestionDraft(kind: "single_choice", options: "Yes"),
                SurveyQuestionDraft(prompt: "Who?", kind: "poll", audience: "bosses"),
            ])
        // act
        var failure: ValidationFailure?
        do { _ = try draft.validate() } catch { failure = error }
        // assert
        #expect(failure?.fields.map(\.field).sorted() == [
            "intro", "pulse_after", "questions[1][options]", "questions[1][prompt]",
            "questions[2][audience]", "questions[2][kind]", "title",
        ])
        #expect(failure?.message(for: "title") == "Enter a title.")
        #expect(failure?.message(for: "pulse_after") == "Say after how many check-ins, from 1 to 50.")
        #expect(failure?.message(for: "questions[1][prompt]") == "Write the question.")
        #expect(failure?.message(for: "questions[1][options]") == "Give at least 2 different options, one per line.")
    }
}

@Suite struct SurveyDraftDecodingTests {
    func decode(_ json: String) throws -> SurveyDraft {
        try JSONDecoder().decode(SurveyDraft.self, from: Data(json.utf8))
    }

    @Test(arguments: [
        (#"{"anonymous":"on"}"#, true),
        (#"{"anonymous":"true"}"#, true),
        (#"{"anonymous":"1"}"#, true),
        (#"{"anonymous":1}"#, true),
        (#"{"anonymous":true}"#, true),
        (#"{"anonymous":["off","on"]}"#, true),
        (#"{"anonymous":false}"#, false),
        (#"{"anonymous":"off"}"#, false),
        (#"{"anonymous":null}"#, false),
        (#"{}"#, false),
    ])
    func anonymousIsACheckbox(json: String, expected: Bool) throws {
        #expect(try decode(json).anonymous == expected)
    }

    @Test func decodesSnakeCaseQuestionsFromAJSONArray() throws {
        // arrange
        let json = #"""
        {"title":"T","trigger":"pulse","pulse_after":4,
         "questions":[{"prompt":"P","kind":"single_choice","options":["A","B"],"about":"self"}]}
        """#
        // act
        let draft = try decode(json)
        // assert
        #expect(draft.pulseAfter == "4")
        #expect(draft.questions == [
            SurveyQuestionDraft(prompt: "P", kind: "single_choice", options: "A\nB", about: "self"),
        ])
    }

    @Test func decodesFormRowsKeyedByNumberInNumberOrder() throws {
        let json = #"{"questions":{"10":{"prompt":"third"},"2":{"prompt":"second"},"0":{"prompt":"first"}}}"#
        #expect(try decode(json).questions.map(\.prompt) == ["first", "second", "third"])
    }

    @Test func oddQuestionsBecomeNoRows() throws {
        #expect(try decode(#"{"questions":"what?"}"#).questions == [])
    }
}
