import Foundation

/// The dates a formal programme moves between phases. Each phase starts at 00:00 in the
/// organisation's time zone (docs/rules.md "Phases"); the programme has ended from `endsOn` on.
public struct ProgrammeSchedule: Sendable, Hashable, Codable {
    public var enrolmentStarts: LocalDate
    public var matchingStarts: LocalDate
    public var activeStarts: LocalDate
    public var closingStarts: LocalDate
    public var endsOn: LocalDate

    public init(
        enrolmentStarts: LocalDate, matchingStarts: LocalDate, activeStarts: LocalDate,
        closingStarts: LocalDate, endsOn: LocalDate
    ) {
        self.enrolmentStarts = enrolmentStarts
        self.matchingStarts = matchingStarts
        self.activeStarts = activeStarts
        self.closingStarts = closingStarts
        self.endsOn = endsOn
    }

    public func phase(at now: Date, in timeZone: TimeZone) -> ProgrammePhase {
        // Latest boundary first, so a phase with equal start dates is skipped over.
        let boundaries: [(LocalDate, ProgrammePhase)] = [
            (endsOn, .ended), (closingStarts, .closing), (activeStarts, .active),
            (matchingStarts, .matching), (enrolmentStarts, .enrolment),
        ]
        for (date, phase) in boundaries where now >= date.startInstant(in: timeZone) {
            return phase
        }
        return .upcoming
    }

    /// When `phase` begins, or nil for `upcoming`, which has no start.
    public func start(of phase: ProgrammePhase) -> LocalDate? {
        switch phase {
        case .upcoming: nil
        case .enrolment: enrolmentStarts
        case .matching: matchingStarts
        case .active: activeStarts
        case .closing: closingStarts
        case .ended: endsOn
        }
    }
}
