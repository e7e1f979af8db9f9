import Testing
@testable import TandemCore

@Suite struct MentorRequestDraftTests {
    @Test func trimsAValidRequest() throws {
        let valid = try MentorRequestDraft(message: " Hello! ", hopes: " SQL \n").validate()
        #expect(valid == ValidMentorRequest(message: "Hello!", hopes: "SQL"))
    }

    @Test(arguments: [
        ("", "ok", ["message"]),
        ("ok", "  ", ["hopes"]),
        ("", "", ["hopes", "message"]),
        (String(repeating: "m", count: 2001), "ok", ["message"]),
        ("ok", String(repeating: "h", count: 1001), ["hopes"]),
        (String(repeating: "m", count: 2000), String(repeating: "h", count: 1000), []),
    ])
    func reportsBadFields(message: String, hopes: String, fields: [String]) {
        let draft = MentorRequestDraft(message: message, hopes: hopes)
        #expect(failedFields { _ = try draft.validate() } == fields)
    }

    @Test func explainsWhatIsMissing() {
        var failure: ValidationFailure?
        do { _ = try MentorRequestDraft().validate() } catch { failure = error }
        #expect(failure?.message(for: "message") == "Say hello and why you chose this mentor.")
        #expect(failure?.message(for: "hopes") == "Say what you hope to learn.")
    }
}

@Suite struct DeclineReasonTests {
    @Test func blankIsNilAndTextIsTrimmed() throws {
        #expect(try DeclineReason.validate("   ") == nil)
        #expect(try DeclineReason.validate(" Busy this quarter. ") == "Busy this quarter.")
        #expect(try DeclineReason.validate(String(repeating: "r", count: 500))?.count == 500)
    }

    @Test func rejectsOverlongReason() {
        #expect(failedFields { _ = try DeclineReason.validate(String(repeating: "r", count: 501)) } == ["reason"])
    }
}
