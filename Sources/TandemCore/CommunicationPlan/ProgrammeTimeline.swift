import Foundation

/// A formal programme's phases with their dates, and where it is now ("you are here").
public struct ProgrammeTimeline: Sendable, Hashable {
    public struct Stage: Sendable, Hashable {
        public let phase: ProgrammePhase
        public let starts: LocalDate
        /// The last day of the phase: the day before the next one starts; nil for `ended`.
        public let lastDay: LocalDate?
        public let isCurrent: Bool
        public let isPast: Bool
    }

    public let stages: [Stage]
    public let current: ProgrammePhase

    /// The stages in order. A phase with no days (it starts when the next one does) is left out,
    /// since the programme never stands in it.
    public init(schedule: ProgrammeSchedule, now: Date, timeZone: TimeZone) {
        let current = schedule.phase(at: now, in: timeZone)
        let order: [ProgrammePhase] = [.enrolment, .matching, .active, .closing, .ended]
        let starts = order.compactMap { phase in schedule.start(of: phase).map { (phase, $0) } }
        var stages: [Stage] = []
        for (index, (phase, start)) in starts.enumerated() {
            let next = index + 1 < starts.count ? starts[index + 1].1 : nil
            if let next, next <= start { continue }
            stages.append(Stage(phase: phase, starts: start, lastDay: next?.adding(days: -1),
                                isCurrent: phase == current, isPast: Self.rank(phase) < Self.rank(current)))
        }
        self.stages = stages
        self.current = current
    }

    static func rank(_ phase: ProgrammePhase) -> Int {
        ProgrammePhase.allCases.firstIndex(of: phase) ?? 0
    }
}
