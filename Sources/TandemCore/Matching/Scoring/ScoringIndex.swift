/// Mentors prepared once for a programme's criteria, so ranking them for a mentee costs
/// integer comparisons only. Cache one per programme and rebuild it when a profile changes.
public struct ScoringIndex: Sendable {
    public let criteria: PreparedCriteria
    public let mentors: [PreparedProfile]
    private let vocabulary: MatchVocabulary
    /// Mentor positions ordered by name, then id: the tie-break for equal scores.
    private let nameRank: [Int]

    public init(mentors: [MatchProfile], criteria: MatchCriteria) {
        var vocabulary = MatchVocabulary()
        self.criteria = PreparedCriteria(criteria, vocabulary: &vocabulary)
        self.mentors = PreparedProfile.prepare(mentors, vocabulary: &vocabulary)
        self.vocabulary = vocabulary
        let byName = mentors.indices.sorted {
            (mentors[$0].name, mentors[$0].id.uuidString) < (mentors[$1].name, mentors[$1].id.uuidString)
        }
        var rank = [Int](repeating: 0, count: mentors.count)
        for (position, index) in byName.enumerated() { rank[index] = position }
        nameRank = rank
    }

    /// The mentee prepared against this index's vocabulary.
    public func prepare(mentee: MatchProfile) -> PreparedProfile {
        PreparedProfile(mentee, lookingUpIn: vocabulary)
    }

    /// The k best eligible mentors, by score (highest first), then name, then id.
    public func top(k: Int, for mentee: MatchProfile) -> [(mentor: MatchProfile, score: PairScore)] {
        guard k > 0 else { return [] }
        let prepared = prepare(mentee: mentee)
        var ranked: [(score: Int, rank: Int, index: Int)] = []
        ranked.reserveCapacity(mentors.count)
        for (index, mentor) in mentors.enumerated() {
            guard let score = PairScorer.eligibleScore(mentee: prepared, mentor: mentor, criteria: criteria) else { continue }
            ranked.append((score, nameRank[index], index))
        }
        // Explanations are built only for the few shown.
        let best = ranked.sorted { ($1.score, $0.rank) < ($0.score, $1.rank) }.prefix(k)
        return best.map { entry in
            let mentor = mentors[entry.index]
            return (mentor.profile, PairScorer.score(mentee: prepared, mentor: mentor, criteria: criteria))
        }
    }
}
