import Testing
@testable import TandemCore

@Suite struct FeedbackDraftTests {
    @Test func trimsValidFeedback() throws {
        let valid = try FeedbackDraft(wentWell: " Clear plan ", couldBeBetter: "\n").validate()
        #expect(valid == ValidFeedback(wentWell: "Clear plan", couldBeBetter: ""))
    }

    @Test(arguments: [
        ("", "", ["went_well"]),
        ("  ", "\n", ["went_well"]),
        ("Good", "", []),
        ("", "Start on time", []),
        (String(repeating: "w", count: 2001), "", ["went_well"]),
        ("Good", String(repeating: "c", count: 2001), ["could_be_better"]),
        (String(repeating: "w", count: 2001), String(repeating: "c", count: 2001), ["could_be_better", "went_well"]),
        (String(repeating: "w", count: 2000), String(repeating: "c", count: 2000), []),
    ])
    func reportsBadFields(wentWell: String, couldBeBetter: String, fields: [String]) {
        let draft = FeedbackDraft(wentWell: wentWell, couldBeBetter: couldBeBetter)
        #expect(failedFields { _ = try draft.validate() } == fields)
    }

    @Test func asksForOneHalf() {
        let failure = checkInFailure { _ = try FeedbackDraft().validate() }
        #expect(failure?.fields.count == 1)
        #expect(failure?.message(for: "went_well") == "Say what went well or what could be better.")
    }
}

@Suite struct ClosingReflectionDraftTests {
    @Test func trimsAValidReflection() throws {
        let valid = try ClosingReflectionDraft(learned: " Delegation ", partnerLearned: "", nextSteps: " Lead a project ")
            .validate()
        #expect(valid == ValidReflection(learned: "Delegation", partnerLearned: "", nextSteps: "Lead a project"))
    }

    @Test(arguments: [
        ("", "", "", ["learned"]),
        (" ", "SQL", "More", ["learned"]),
        (String(repeating: "l", count: 4001), "", "", ["learned"]),
        ("ok", String(repeating: "p", count: 4001), "", ["partner_learned"]),
        ("ok", "", String(repeating: "n", count: 2001), ["next_steps"]),
        ("", String(repeating: "p", count: 4001), String(repeating: "n", count: 2001),
         ["learned", "next_steps", "partner_learned"]),
        (String(repeating: "l", count: 4000), String(repeating: "p", count: 4000), String(repeating: "n", count: 2000), []),
    ])
    func reportsBadFields(learned: String, partnerLearned: String, nextSteps: String, fields: [String]) {
        let draft = ClosingReflectionDraft(learned: learned, partnerLearned: partnerLearned, nextSteps: nextSteps)
        #expect(failedFields { _ = try draft.validate() } == fields)
    }

    @Test func explainsWhatIsMissing() {
        let failure = checkInFailure { _ = try ClosingReflectionDraft().validate() }
        #expect(failure?.message(for: "learned") == "Say what you learned.")
    }
}
