import Foundation

/// "One side much less active than the other": in the last cadence period one side logged,
/// confirmed, scheduled or messaged, and another side did nothing at all. A relationship younger
/// than one cadence period is not judged yet.
public enum ActivityBalance {
    /// The quiet sides' names, when some side acted in the period and another did not; else empty.
    public static func quietSides(_ sides: [ActivitySide], matchedAt: Date, cadenceDays: Int, now: Date) -> [String] {
        let period = Double(max(cadenceDays, 1)) * 86_400
        guard sides.count >= 2, now.timeIntervalSince(matchedAt) >= period else { return [] }
        let since = now.addingTimeInterval(-period)
        let quiet = sides.filter { !$0.acted(since: since) }
        guard quiet.count < sides.count, !quiet.isEmpty else { return [] }
        return quiet.map(\.name)
    }
}
