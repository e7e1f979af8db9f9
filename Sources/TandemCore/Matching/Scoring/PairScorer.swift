/// Scores a mentee–mentor pair from 0 to 100 with an explanation. Pure; for many pairs use
/// `ScoringIndex`, which prepares the profiles once.
public enum PairScorer {
    public static func score(mentee: MatchProfile, mentor: MatchProfile, criteria: MatchCriteria) -> PairScore {
        var vocabulary = MatchVocabulary()
        let prepared = PreparedCriteria(criteria, vocabulary: &vocabulary)
        let a = PreparedProfile(mentee, vocabulary: &vocabulary)
        let b = PreparedProfile(mentor, vocabulary: &vocabulary)
        return score(mentee: a, mentor: b, criteria: prepared)
    }

    /// The explained score of prepared profiles that share the criteria's vocabulary.
    public static func score(mentee: PreparedProfile, mentor: PreparedProfile, criteria: PreparedCriteria) -> PairScore {
        let rule = Eligibility.failedRule(mentee: mentee, mentor: mentor, criteria: criteria)
        let ineligibility = rule.map { Eligibility.explain($0, mentee: mentee.profile, mentor: mentor.profile) }
        if rule == .samePerson { return PairScore(score: 0, reasons: [], ineligibility: ineligibility) }
        let fits = FitVector(mentee: mentee, mentor: mentor, criteria: criteria.criteria)
        let reasons = fits.points(criteria).filter { $0.points > 0 }.map {
            ScoreReason(criterion: $0.criterion, points: $0.points,
                        sentence: sentence($0.criterion, mentee: mentee.profile, mentor: mentor.profile, criteria.criteria))
        }
        // Largest contribution first; the fixed criterion order breaks ties.
        let ordered = reasons.enumerated().sorted { ($1.element.points, $0.offset) < ($0.element.points, $1.offset) }
        return PairScore(score: fits.score(criteria), reasons: ordered.map(\.element), ineligibility: ineligibility)
    }

    /// The score alone, or nil for an ineligible pair: the fast path for ranking.
    static func eligibleScore(mentee: PreparedProfile, mentor: PreparedProfile, criteria: PreparedCriteria) -> Int? {
        if Eligibility.failedRule(mentee: mentee, mentor: mentor, criteria: criteria) != nil { return nil }
        return FitVector(mentee: mentee, mentor: mentor, criteria: criteria.criteria).score(criteria)
    }

    static func sentence(_ criterion: String, mentee: MatchProfile, mentor: MatchProfile, _ criteria: MatchCriteria) -> String {
        switch criterion {
        case "skills":
            let tags = SkillFit.matches(teacher: mentor, learner: mentee)
            return "\(mentor.firstName) offers \(SkillFit.describe(tags)), which \(mentee.firstName) wants"
        case "reciprocity":
            let tags = SkillFit.matches(teacher: mentee, learner: mentor)
            return "\(mentee.firstName) can teach \(mentor.firstName) \(SkillFit.describe(tags)) in return"
        case "motivators": return MotivatorFit.sentence(MotivatorFit.shared(mentee, mentor))
        case "communication": return StyleFit.sentence(mentee, mentor)
        case "language": return "Both speak " + ListPhrase.join(LanguageFit.shared(mentor, mentee))
        case "time_zone": return TimeZoneFit.sentence(mentee, mentor)
        case "seniority": return SeniorityFit.sentence(mentee: mentee, mentor: mentor, direction: criteria.direction)
        default: return DepartmentFit.sentence(mentee: mentee, mentor: mentor, preference: criteria.departmentPreference)
        }
    }
}
