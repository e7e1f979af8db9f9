/// Time spent in check-ins. Badges, certificates and reports count only confirmed time; time
/// only one member reported is shown apart (docs/rules.md "Cadence, health, meetings and hours"). A check-in is confirmed when the
/// partner of the member who logged it confirms it.
public struct MentoringHours: Sendable, Hashable, Codable {
    public var confirmedMinutes: Int
    /// Logged but not yet confirmed by the partner.
    public var selfReportedMinutes: Int
    /// Every check-in summarised, confirmed or not.
    public var checkInCount: Int

    public init(confirmedMinutes: Int, selfReportedMinutes: Int, checkInCount: Int) {
        self.confirmedMinutes = confirmedMinutes
        self.selfReportedMinutes = selfReportedMinutes
        self.checkInCount = checkInCount
    }

    /// Adds up check-ins' durations by confirmation. Negative durations count as zero.
    public static func summarise(_ checkIns: [(minutes: Int, confirmed: Bool)]) -> MentoringHours {
        var hours = MentoringHours(confirmedMinutes: 0, selfReportedMinutes: 0, checkInCount: checkIns.count)
        for checkIn in checkIns {
            let minutes = max(checkIn.minutes, 0)
            if checkIn.confirmed {
                hours.confirmedMinutes += minutes
            } else {
                hours.selfReportedMinutes += minutes
            }
        }
        return hours
    }

    /// "0 h", "45 min", "1 h", "1 h 30 min", "12 h 5 min". Negative counts as zero.
    public static func text(minutes: Int) -> String {
        let total = max(minutes, 0)
        let (hours, rest) = total.quotientAndRemainder(dividingBy: 60)
        switch (hours, rest) {
        case (0, 0): return "0 h"
        case (0, _): return "\(rest) min"
        case (_, 0): return "\(hours) h"
        default: return "\(hours) h \(rest) min"
        }
    }

    public var confirmedText: String { Self.text(minutes: confirmedMinutes) }
    public var selfReportedText: String { Self.text(minutes: selfReportedMinutes) }
}
