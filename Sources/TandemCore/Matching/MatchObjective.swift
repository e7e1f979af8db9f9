/// What a bulk match run optimises.
public enum MatchObjective: String, Codable, CaseIterable, Sendable {
    /// The largest total score; mentees may stay unmatched. Exactly optimal.
    case score
    /// The most mentees matched, then the largest total score among those. Exactly optimal.
    case coverage
    /// Mentee-proposing deferred acceptance: no blocking pair, but not optimal by design.
    case stable
}
