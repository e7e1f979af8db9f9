/// Organic recommendations: the best eligible mentors for one mentee, explained.
public enum Recommender {
    /// The k best eligible mentors, by score (highest first), then name, then id. Deterministic.
    /// Prepares the mentors on every call; callers that rank often should keep a `ScoringIndex`.
    public static func top(
        k: Int, for mentee: MatchProfile, among mentors: [MatchProfile], criteria: MatchCriteria
    ) -> [(mentor: MatchProfile, score: PairScore)] {
        ScoringIndex(mentors: mentors, criteria: criteria).top(k: k, for: mentee)
    }
}
