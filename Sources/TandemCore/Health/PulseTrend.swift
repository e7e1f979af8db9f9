/// Pulse-survey scores feed health only for surveys that are not anonymous (docs/rules.md
/// "Surveys"); the server passes those alone. Scores are 0…1: a 1–5 rating r is (r−1)/4, an
/// NPS answer n is n/10.
public enum PulseTrend {
    /// A fall of a quarter of the scale counts: one point on a 1–5 rating, three on NPS.
    public static let fallingDrop = 0.25

    /// Whether the latest score is at least `fallingDrop` below the one before it.
    public static func isFalling(_ scores: [Double]) -> Bool {
        guard scores.count >= 2 else { return false }
        let latest = scores[scores.count - 1], previous = scores[scores.count - 2]
        return previous - latest >= fallingDrop - 1e-9
    }

    /// One answer on the 0…1 scale; nil for kinds that carry no score.
    public static func normalised(_ number: Int, kind: SurveyQuestionKind) -> Double? {
        normalised(mean: Double(number), kind: kind)
    }

    /// The mean of several answers of one kind on the 0…1 scale (the scales are linear).
    public static func normalised(mean: Double, kind: SurveyQuestionKind) -> Double? {
        switch kind {
        case .rating: (min(max(mean, 1), 5) - 1) / 4
        case .nps: min(max(mean, 0), 10) / 10
        case .singleChoice, .freeText: nil
        }
    }
}
