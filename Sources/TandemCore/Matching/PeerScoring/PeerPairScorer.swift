/// Scores two peers, 0–100, the same whichever way round: how much each can teach the other
/// (skills offered against skills wanted, with levels), plus the symmetric criteria of the
/// mentoring score. The skills reason always names both directions.
public enum PeerPairScorer {
    public static func score(a: MatchProfile, b: MatchProfile, criteria: MatchCriteria) -> PairScore {
        var vocabulary = MatchVocabulary()
        let prepared = PreparedCriteria(criteria, vocabulary: &vocabulary)
        let x = PreparedProfile(a, vocabulary: &vocabulary)
        let y = PreparedProfile(b, vocabulary: &vocabulary)
        return score(a: x, b: y, criteria: prepared)
    }

    /// For many pairs: profiles prepared once over the criteria's vocabulary.
    public static func score(a: PreparedProfile, b: PreparedProfile, criteria: PreparedCriteria) -> PairScore {
        let ineligibility = PeerEligibility.ineligibility(a, b, criteria)
        if a.profile.id == b.profile.id { return PairScore(score: 0, reasons: [], ineligibility: ineligibility) }
        let points = PeerFit(a, b, criteria.criteria).points(criteria)
        let reasons = points.filter { $0.points > 0 || $0.criterion == "skills" }.map {
            ScoreReason(criterion: $0.criterion, points: $0.points,
                        sentence: PeerSentences.sentence($0.criterion, a.profile, b.profile, criteria.criteria))
        }
        // Largest contribution first; the fixed criterion order breaks ties.
        let ordered = reasons.enumerated().sorted { ($1.element.points, $0.offset) < ($0.element.points, $1.offset) }
        let total = Swift.min(100, points.reduce(0) { $0 + $1.points })
        return PairScore(score: total, reasons: ordered.map(\.element), ineligibility: ineligibility)
    }
}
