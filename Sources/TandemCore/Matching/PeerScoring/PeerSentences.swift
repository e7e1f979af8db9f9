/// Readable reasons for a peer pair, reusing the mentoring score's sentences where they are
/// already symmetric.
enum PeerSentences {
    static func sentence(_ criterion: String, _ a: MatchProfile, _ b: MatchProfile, _ criteria: MatchCriteria) -> String {
        switch criterion {
        case "skills": skills(a, b)
        case "motivators": MotivatorFit.sentence(MotivatorFit.shared(a, b))
        case "communication": StyleFit.sentence(a, b)
        case "language": "Both speak " + ListPhrase.join(LanguageFit.shared(a, b))
        case "time_zone": TimeZoneFit.sentence(a, b)
        case "seniority": SeniorityFit.sentence(mentee: a, mentor: b, direction: .similar)
        default: DepartmentFit.sentence(mentee: a, mentor: b, preference: criteria.departmentPreference)
        }
    }

    /// "Ana can teach Ben SQL; Ben can teach Ana public speaking", one clause per direction.
    static func skills(_ a: MatchProfile, _ b: MatchProfile) -> String {
        "\(direction(teacher: a, learner: b)); \(direction(teacher: b, learner: a))"
    }

    private static func direction(teacher: MatchProfile, learner: MatchProfile) -> String {
        let tags = SkillFit.matches(teacher: teacher, learner: learner)
        if tags.isEmpty { return "\(teacher.firstName) offers nothing \(learner.firstName) asked for yet" }
        return "\(teacher.firstName) can teach \(learner.firstName) \(ListPhrase.join(tags.map(\.name)))"
    }
}
