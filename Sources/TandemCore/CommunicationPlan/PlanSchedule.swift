import Foundation

/// When plan messages fall due, in the organisation's time zone (docs/rules.md "Phases": phases
/// start at 00:00 there).
///
/// - A programme-level message is due at 09:00 local time on its day (the event's day moved by the
///   offset), a civil hour to receive mail, and one that exists on every daylight-saving day.
/// - "On match" (`matched` + 0) is due at the moment of the match; "N days after match" at 09:00
///   on the N-th local day after the match day.
/// - Each occurrence is valid until two days after it was due, and a programme-level one no later
///   than the next phase boundary after it: a catch-up after an outage still sends yesterday's
///   reminder, but never "matching opens" once the programme is active, nor week-old news.
///   Past `validUntil`, the run is recorded as skipped (docs/rules.md "Scheduled messages").
public enum PlanSchedule {
    public static let sendingHour = 9
    public static let validity: TimeInterval = 2 * 86_400

    /// The local day a programme-level trigger falls on; nil for per-relationship triggers.
    public static func day(of trigger: PlanTrigger, in schedule: ProgrammeSchedule) -> LocalDate? {
        let base: LocalDate
        switch trigger.event {
        case .enrolmentStarts: base = schedule.enrolmentStarts
        case .matchingStarts: base = schedule.matchingStarts
        case .activeStarts: base = schedule.activeStarts
        case .midpoint: base = midpoint(of: schedule)
        case .closingStarts: base = schedule.closingStarts
        case .ends: base = schedule.endsOn
        case .matched: return nil
        }
        return base.adding(days: trigger.offsetDays)
    }

    /// The middle of the active phase (from its start to the start of closing), rounded down.
    public static func midpoint(of schedule: ProgrammeSchedule) -> LocalDate {
        schedule.activeStarts.adding(days: days(from: schedule.activeStarts, to: schedule.closingStarts) / 2)
    }

    /// The programme-level occurrence of `trigger`; nil for per-relationship triggers.
    public static func occurrence(of trigger: PlanTrigger, in schedule: ProgrammeSchedule,
                                  timeZone: TimeZone) -> PlanOccurrence? {
        guard let day = day(of: trigger, in: schedule) else { return nil }
        let due = sendingInstant(on: day, in: timeZone)
        let boundaries = [schedule.enrolmentStarts, schedule.matchingStarts, schedule.activeStarts,
                          schedule.closingStarts, schedule.endsOn].map { $0.startInstant(in: timeZone) }
        let nextBoundary = boundaries.filter { $0 > due }.min()
        let until = min(due.addingTimeInterval(validity), nextBoundary ?? .distantFuture)
        return PlanOccurrence(dueAt: due, validUntil: until)
    }

    /// The occurrence of a per-relationship trigger for a relationship matched at `matchedAt`;
    /// nil for programme-level triggers.
    public static func occurrence(of trigger: PlanTrigger, matchedAt: Date, timeZone: TimeZone) -> PlanOccurrence? {
        guard trigger.event.isPerRelationship else { return nil }
        let due = trigger.offsetDays == 0
            ? matchedAt
            : sendingInstant(on: LocalDate(date: matchedAt, in: timeZone).adding(days: trigger.offsetDays), in: timeZone)
        return PlanOccurrence(dueAt: due, validUntil: due.addingTimeInterval(validity))
    }

    /// 09:00 local time on `day` in `timeZone`.
    public static func sendingInstant(on day: LocalDate, in timeZone: TimeZone) -> Date {
        let calendar = Calendar.gregorian(in: timeZone)
        let parts = DateComponents(year: day.year, month: day.month, day: day.day, hour: sendingHour)
        return calendar.date(from: parts) ?? day.startInstant(in: timeZone).addingTimeInterval(Double(sendingHour) * 3_600)
    }

    static func days(from start: LocalDate, to end: LocalDate) -> Int {
        let utc = TimeZone(identifier: "UTC") ?? .gmt
        return Int((end.startInstant(in: utc).timeIntervalSince(start.startInstant(in: utc)) / 86_400).rounded())
    }
}
