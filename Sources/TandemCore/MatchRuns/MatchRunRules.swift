/// When an admin may start a match run (docs/rules.md "Phases"). Formal programmes match from
/// the matching phase on, and later runs pick up late joiners; informal programmes are always
/// open, so an admin may also pair the people still waiting.
public enum MatchRunRules {
    /// Why no run can start now; nil when one can.
    public static func whyClosed(isArchived: Bool, mode: ProgrammeMode, phase: ProgrammePhase) -> MatchRunError? {
        if isArchived { return .programmeArchived }
        if mode == .formal && (phase == .upcoming || phase == .enrolment) { return .beforeMatchingPhase }
        if phase == .ended { return .programmeEnded }
        return nil
    }
}
