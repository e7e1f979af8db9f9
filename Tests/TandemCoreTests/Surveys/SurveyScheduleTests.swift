import Testing
@testable import TandemCore

@Suite struct SurveyScheduleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var trigger: SurveyTrigger
        var pulseAfter: Int? = nil
        var heldCheckIns = 0
        var programme: (start: String, end: String)? = ("2025-01-01", "2025-06-30")
        var started = "2025-01-10"
        var closing = false
        var today: String
        var answered = false
        var due: Bool
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "now is due at once", trigger: .now, today: "2025-01-01", due: true),
        Case(name: "now, answered", trigger: .now, today: "2025-01-01", answered: true, due: false),
        Case(name: "pulse before the Nth check-in", trigger: .pulse, pulseAfter: 3, heldCheckIns: 2, today: "2025-03-01", due: false),
        Case(name: "pulse at the Nth check-in", trigger: .pulse, pulseAfter: 3, heldCheckIns: 3, today: "2025-03-01", due: true),
        Case(name: "pulse after the Nth check-in", trigger: .pulse, pulseAfter: 3, heldCheckIns: 7, today: "2025-03-01", due: true),
        Case(name: "pulse, answered", trigger: .pulse, pulseAfter: 3, heldCheckIns: 3, today: "2025-03-01", answered: true, due: false),
        Case(name: "pulse without a count", trigger: .pulse, heldCheckIns: 9, today: "2025-03-01", due: false),
        // 2025-01-01 to 2025-06-30 is 180 days: the mid-point is 2025-04-01.
        Case(name: "midpoint, day before", trigger: .midpoint, today: "2025-03-31", due: false),
        Case(name: "midpoint, on the day", trigger: .midpoint, today: "2025-04-01", due: true),
        Case(name: "midpoint, answered", trigger: .midpoint, today: "2025-05-01", answered: true, due: false),
        Case(name: "informal midpoint, day 89", trigger: .midpoint, programme: nil, started: "2025-01-10", today: "2025-04-09", due: false),
        Case(name: "informal midpoint, day 90", trigger: .midpoint, programme: nil, started: "2025-01-10", today: "2025-04-10", due: true),
        Case(name: "end, 15 days before", trigger: .end, today: "2025-06-15", due: false),
        Case(name: "end, 14 days before", trigger: .end, today: "2025-06-16", due: true),
        Case(name: "end, after the end", trigger: .end, today: "2025-07-20", due: true),
        Case(name: "end, closing early", trigger: .end, closing: true, today: "2025-02-01", due: true),
        Case(name: "end, closing early, answered", trigger: .end, closing: true, today: "2025-02-01", answered: true, due: false),
        Case(name: "informal end, not closing", trigger: .end, programme: nil, today: "2030-01-01", due: false),
        Case(name: "informal end, closing", trigger: .end, programme: nil, closing: true, today: "2025-02-01", due: true),
    ])
    func isDue(_ c: Case) {
        let due = SurveySchedule.isDue(
            trigger: c.trigger, pulseAfter: c.pulseAfter, heldCheckIns: c.heldCheckIns,
            programmeStart: c.programme.map { day($0.start) }, programmeEnd: c.programme.map { day($0.end) },
            relationshipStartedOn: day(c.started), relationshipClosing: c.closing,
            today: day(c.today), alreadyAnswered: c.answered)
        #expect(due == c.due)
    }
}

extension SurveyScheduleTests {
    @Test func endWithoutTheClosingFlagWaitsForTheEndDate() {
        // act: called as code written before the flag existed calls it
        let early = SurveySchedule.isDue(
            trigger: .end, pulseAfter: nil, heldCheckIns: 0, programmeStart: day("2025-01-01"),
            programmeEnd: day("2025-06-30"), relationshipStartedOn: day("2025-01-10"),
            today: day("2025-06-15"), alreadyAnswered: false)
        let informal = SurveySchedule.isDue(
            trigger: .end, pulseAfter: nil, heldCheckIns: 0, programmeStart: nil, programmeEnd: nil,
            relationshipStartedOn: day("2025-01-10"), today: day("2030-01-01"), alreadyAnswered: false)
        // assert
        #expect(!early)
        #expect(!informal)
    }
}
