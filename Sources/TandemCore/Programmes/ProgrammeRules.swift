import Foundation

/// What a programme allows in each phase (docs/rules.md "Phases"). Informal programmes are always open.
public enum ProgrammeRules {
    public static func phase(
        mode: ProgrammeMode, schedule: ProgrammeSchedule?, at now: Date, in timeZone: TimeZone
    ) -> ProgrammePhase {
        guard mode == .formal else { return .active }
        // A formal programme without dates has not been scheduled yet.
        return schedule?.phase(at: now, in: timeZone) ?? .upcoming
    }

    public static func isEnrolmentOpen(mode: ProgrammeMode, phase: ProgrammePhase) -> Bool {
        mode == .informal || phase == .enrolment
    }

    public static func areRequestsOpen(mode: ProgrammeMode, phase: ProgrammePhase) -> Bool {
        mode == .informal || phase == .matching || phase == .active
    }

    public static func areCheckInsOpen(mode: ProgrammeMode, phase: ProgrammePhase) -> Bool {
        mode == .informal || phase == .active || phase == .closing
    }
}
