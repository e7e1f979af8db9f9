import Foundation
import Testing
@testable import TandemCore

@Suite struct ProgrammeRulesTests {
    // phase → (enrolment, requests, check-ins) for formal programmes
    static let formalTable: [(ProgrammePhase, Bool, Bool, Bool)] = [
        (.upcoming, false, false, false),
        (.enrolment, true, false, false),
        (.matching, false, true, false),
        (.active, false, true, true),
        (.closing, false, false, true),
        (.ended, false, false, false),
    ]

    @Test func formalOpensByPhase() {
        #expect(Self.formalTable.count == ProgrammePhase.allCases.count)
        for (phase, enrolment, requests, checkIns) in Self.formalTable {
            #expect(ProgrammeRules.isEnrolmentOpen(mode: .formal, phase: phase) == enrolment, "\(phase)")
            #expect(ProgrammeRules.areRequestsOpen(mode: .formal, phase: phase) == requests, "\(phase)")
            #expect(ProgrammeRules.areCheckInsOpen(mode: .formal, phase: phase) == checkIns, "\(phase)")
        }
    }

    @Test(arguments: ProgrammePhase.allCases)
    func informalIsAlwaysOpen(phase: ProgrammePhase) {
        #expect(ProgrammeRules.isEnrolmentOpen(mode: .informal, phase: phase))
        #expect(ProgrammeRules.areRequestsOpen(mode: .informal, phase: phase))
        #expect(ProgrammeRules.areCheckInsOpen(mode: .informal, phase: phase))
    }

    @Test func phaseByMode() {
        // arrange
        let schedule = ProgrammeSchedule(
            enrolmentStarts: day("2025-01-01"), matchingStarts: day("2025-02-01"),
            activeStarts: day("2025-03-01"), closingStarts: day("2025-04-01"), endsOn: day("2025-05-01"))
        let now = instant(2025, 2, 10, in: Zone.berlin)
        // act + assert
        #expect(ProgrammeRules.phase(mode: .informal, schedule: schedule, at: now, in: Zone.berlin) == .active)
        #expect(ProgrammeRules.phase(mode: .informal, schedule: nil, at: now, in: Zone.berlin) == .active)
        #expect(ProgrammeRules.phase(mode: .formal, schedule: schedule, at: now, in: Zone.berlin) == .matching)
        #expect(ProgrammeRules.phase(mode: .formal, schedule: nil, at: now, in: Zone.berlin) == .upcoming)
    }
}
