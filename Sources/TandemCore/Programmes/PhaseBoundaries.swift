import Foundation

/// What a formal programme's dates ask for at a moment: which phase began last and when, whether
/// its notice is still worth sending, and what the end date asks of open relationships.
public struct PhaseBoundaries: Sendable, Equatable {
    /// A phase notice goes out up to this long after its boundary; later, it is skipped (a
    /// programme that began months ago does not announce its old phases).
    public static let noticeValidity: TimeInterval = 2 * 24 * 3600
    /// Relationships still open at the end date are archived this long after it.
    public static let closingGrace: TimeInterval = 14 * 24 * 3600

    public let phase: ProgrammePhase
    /// 00:00 in the organisation's zone on the day the phase began; nil before enrolment.
    public let phaseBegan: Date?
    public let now: Date

    public init(schedule: ProgrammeSchedule, at now: Date, in zone: TimeZone) {
        self.now = now
        phase = schedule.phase(at: now, in: zone)
        phaseBegan = schedule.startDay(of: phase)?.startInstant(in: zone)
    }

    /// True while the current phase's notice may still be sent.
    public var noticeIsDue: Bool {
        guard let phaseBegan, phase != .upcoming else { return false }
        return now < phaseBegan.addingTimeInterval(Self.noticeValidity)
    }

    /// After the end date, before the grace ends: open relationships are asked to close.
    public var asksToClose: Bool {
        guard phase == .ended, let phaseBegan else { return false }
        return now < phaseBegan.addingTimeInterval(Self.closingGrace)
    }

    /// The grace is over: open relationships are archived.
    public var archivesOpenRelationships: Bool {
        guard phase == .ended, let phaseBegan else { return false }
        return now >= phaseBegan.addingTimeInterval(Self.closingGrace)
    }
}

extension ProgrammeSchedule {
    /// The day a phase begins.
    public func startDay(of phase: ProgrammePhase) -> LocalDate? {
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
