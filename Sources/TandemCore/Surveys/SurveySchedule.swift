import Foundation

/// When a survey becomes due for one person in one relationship. Until a scheduler exists, a due
/// survey shows as an in-app prompt on their next visit, and stays due until answered.
public enum SurveySchedule {
    /// Informal programmes have no dates, so their mid-point falls this long after the match.
    public static let informalMidpointDays = 90
    /// End-of-programme surveys open this long before the programme's end date.
    public static let endSurveyLeadDays = 14

    /// - `pulse`: once `heldCheckIns` reaches `pulseAfter` (never without a `pulseAfter`).
    /// - `midpoint`: from the day halfway between `programmeStart` (the active phase's start) and
    ///   `programmeEnd` (its end date), rounded down; without both dates, 90 days after
    ///   `relationshipStartedOn`.
    /// - `end`: from 14 days before `programmeEnd`, or as soon as the relationship is closing.
    ///   The closing flag is all informal programmes have; in formal ones it also catches pairs
    ///   who close early and would otherwise never be asked.
    /// - `now`: straight away.
    /// Never once `alreadyAnswered`.
    ///
    /// `relationshipClosing` defaults to false only so callers written before it keep compiling;
    /// pass it, or informal programmes never get their end-of-programme survey.
    public static func isDue(
        trigger: SurveyTrigger, pulseAfter: Int?, heldCheckIns: Int, programmeStart: LocalDate?,
        programmeEnd: LocalDate?, relationshipStartedOn: LocalDate,
        relationshipClosing: Bool = false, today: LocalDate, alreadyAnswered: Bool
    ) -> Bool {
        guard !alreadyAnswered else { return false }
        switch trigger {
        case .now:
            return true
        case .pulse:
            guard let pulseAfter else { return false }
            return heldCheckIns >= pulseAfter
        case .midpoint:
            guard let programmeStart, let programmeEnd else {
                return today >= relationshipStartedOn.adding(days: informalMidpointDays)
            }
            let span = days(from: programmeStart, to: programmeEnd)
            return today >= programmeStart.adding(days: span / 2)
        case .end:
            if relationshipClosing { return true }
            guard let programmeEnd else { return false }
            return today >= programmeEnd.adding(days: -endSurveyLeadDays)
        }
    }

    /// Whole days from `start` to `end` (negative if `end` comes first).
    private static func days(from start: LocalDate, to end: LocalDate) -> Int {
        let utc = TimeZone(identifier: "UTC") ?? .current
        let seconds = end.startInstant(in: utc).timeIntervalSince(start.startInstant(in: utc))
        return Int((seconds / 86_400).rounded())
    }
}
