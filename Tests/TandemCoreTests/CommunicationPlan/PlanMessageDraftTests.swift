import Testing
@testable import TandemCore

@Suite struct PlanMessageDraftTests {
    static let good = PlanMessageDraft(event: "matching_starts", offsetDays: "-7", audience: "mentees",
                                       subject: " Hello {{first_name}} ", body: "See {{link}}", channels: ["email", "in_app"])

    @Test func validMessage() throws {
        // act
        let valid = try Self.good.validate(mode: .formal)
        // assert
        #expect(valid.trigger == PlanTrigger(.matchingStarts, offsetDays: -7))
        #expect(valid.audience == .mentees)
        #expect(valid.subject == "Hello {{first_name}}")
        #expect(valid.channels == [.email, .inApp])
        #expect(valid.trigger.sentence == "7 days before matching opens")
    }

    @Test func unknownPlaceholderIsAFieldError() throws {
        // arrange
        var draft = Self.good
        draft.body = "Hi {{nickname}}"
        // act
        let failure = try #require(throws: ValidationFailure.self) { try draft.validate(mode: .formal) }
        // assert
        #expect(failure.fields.map(\.field) == ["body"])
        #expect(failure.message(for: "body")?.contains("{{nickname}}") == true)
    }

    @Test func informalProgrammesOnlyTieToTheMatch() {
        // act
        let fields = failedFields { _ = try Self.good.validate(mode: .informal) }
        // assert
        #expect(fields == ["event"])
    }

    @Test func matchMessagesRefuseUnmatchedAndNegativeOffsets() {
        // arrange
        var draft = Self.good
        draft.event = "matched"
        draft.audience = "unmatched"
        // act
        let fields = failedFields { _ = try draft.validate(mode: .formal) }
        // assert
        #expect(fields == ["audience", "offset_days"])
    }

    @Test func everythingMissingIsReportedAtOnce() {
        // act
        let fields = failedFields { _ = try PlanMessageDraft(offsetDays: "x", channels: ["fax"]).validate(mode: .formal) }
        // assert
        #expect(fields == ["audience", "body", "channels", "event", "offset_days", "subject"])
    }

    @Test func defaultPlansAreValidAndUseKnownPlaceholders() throws {
        // act, assert
        for mode in ProgrammeMode.allCases {
            for message in DefaultPlan.messages(for: mode) {
                _ = try PlanMessageDraft(message).validate(mode: mode)
            }
        }
        #expect(DefaultPlan.messages(for: .formal).count == 8)
        #expect(DefaultPlan.messages(for: .informal).map(\.trigger) == [PlanTrigger(.matched), PlanTrigger(.matched, offsetDays: 14)])
    }

    @Test func onlyProgrammeWideNewsGoesToTheChatChannel() {
        // act
        let chat = DefaultPlan.messages(for: .formal).filter { $0.channels.contains(.slack) }.map(\.trigger.event)
        // assert: phase news does; the personal messages about a match never do
        #expect(chat == [.enrolmentStarts, .matchingStarts, .matchingStarts, .midpoint, .closingStarts, .ends])
        #expect(DefaultPlan.messages(for: .informal).allSatisfy { !$0.channels.contains(.slack) })
    }

    @Test func audiencesCountPeersAsBothSides() {
        #expect(PlanAudience.mentors.includes(.peer))
        #expect(PlanAudience.mentees.includes(.peer))
        #expect(!PlanAudience.mentors.includes(.mentee))
        #expect(!PlanAudience.mentees.includes(.mentor))
    }
}
