import Testing
@testable import TandemCore

@Suite struct MatchRunRulesTests {
    @Test(arguments: [
        (false, ProgrammeMode.formal, ProgrammePhase.upcoming, MatchRunError.beforeMatchingPhase),
        (false, .formal, .enrolment, .beforeMatchingPhase),
        (false, .formal, .matching, nil),
        (false, .formal, .active, nil),
        (false, .formal, .ended, .programmeEnded),
        (false, .informal, .active, nil),
        (true, .informal, .active, .programmeArchived),
        (true, .formal, .ended, .programmeArchived),
    ] as [(Bool, ProgrammeMode, ProgrammePhase, MatchRunError?)])
    func runsOpenFromTheMatchingPhaseUntilTheEnd(archived: Bool, mode: ProgrammeMode, phase: ProgrammePhase, expected: MatchRunError?) {
        // act
        let closed = MatchRunRules.whyClosed(isArchived: archived, mode: mode, phase: phase)
        // assert
        #expect(closed == expected)
    }

    @Test func codesAndMessagesAreStable() {
        #expect(MatchRunError.allCases.map(\.code) == [
            "match_run.closed", "match_run.closed", "match_run.closed", "match_run.not_ready", "match_run.already_approved",
        ])
        #expect(EnrolmentError.required(.mentee).message == "Enrol in this programme as mentee before sending requests.")
        #expect(InvitationError.allCases.map(\.code) == ["invitation.accepted", "invitation.unavailable"])
        #expect(AccountError.allCases.map(\.code) == ["user.exists", "signup.closed", "password_reset.unavailable"])
    }
}
