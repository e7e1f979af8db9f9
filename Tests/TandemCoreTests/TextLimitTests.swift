import Testing
@testable import TandemCore

/// Free text is limited in characters and in UTF-8 bytes (4 a character).
@Suite struct TextLimitTests {
    /// One character of 25 bytes: a family emoji (7 scalars joined).
    static let family = "👨‍👩‍👧‍👦"

    @Test func aMessageOf4000PlainCharactersFits() {
        #expect(MessageText.problem(with: String(repeating: "a", count: 4000)) == nil)
        #expect(MessageText.problem(with: String(repeating: "a", count: 4001))?.code == "too_long")
        #expect(MessageText.problem(with: "")?.code == "required")
    }

    @Test func aMessageOverSixteenThousandBytesIsTooLongWhateverItsCharacterCount() {
        // arrange: 700 characters, about 17,500 bytes
        let text = String(repeating: Self.family, count: 700)
        // act
        let problem = MessageText.problem(with: text)
        // assert
        #expect(text.count == 700)
        #expect(text.utf8.count > 16_000)
        #expect(problem?.code == "too_long")
        #expect(problem?.field == "body")
        #expect(problem?.message.contains("Emoji") == true)
    }

    @Test(arguments: [
        // (field, draft) pairs: each within the characters limit, over the bytes limit
        ("went_well", FeedbackDraft(wentWell: String(repeating: "👨‍👩‍👧‍👦", count: 400))),
    ])
    func feedbackHasAByteLimit(field: String, draft: FeedbackDraft) {
        #expect(throws: ValidationFailure.self) { try draft.validate() }
        do { _ = try draft.validate() } catch { #expect(error.message(for: field) != nil) }
    }

    @Test func goalDescriptionsAndUpdatesHaveAByteLimit() throws {
        // arrange
        let wide = String(repeating: Self.family, count: 1000)
        // act / assert
        #expect(throws: ValidationFailure.self) { try GoalDraft(title: "Goal", description: wide).validate() }
        #expect(throws: ValidationFailure.self) { try GoalUpdateText.update(wide) }
        #expect(throws: ValidationFailure.self) { try GoalUpdateText.comment(String(repeating: Self.family, count: 500)) }
        #expect(try GoalUpdateText.update("  Shipped the plan  ") == "Shipped the plan")
    }

    @Test func surveyTextAnswersHaveAByteLimit() throws {
        // arrange
        let question = ValidSurveyQuestion(prompt: "Anything else?", kind: .freeText)
        let draft = SurveyResponseDraft(answers: ["q": String(repeating: Self.family, count: 1000)])
        // act / assert
        #expect(throws: ValidationFailure.self) {
            try draft.validate(questions: [(id: "q", question: question)], role: .mentee)
        }
    }

    @Test func checkInNotesHaveAByteLimit() {
        #expect(TextLimit.exceeds(String(repeating: Self.family, count: 2000), characters: ValidCheckIn.maxNotesLength))
        #expect(!TextLimit.exceeds(String(repeating: "é", count: 10_000), characters: ValidCheckIn.maxNotesLength))
    }
}
