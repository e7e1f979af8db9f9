/// Each criterion's fit for a pair of peers, 0...1. Skills count both ways and carry the
/// mentoring skills and reciprocity weights together, so co-mentoring criteria keep their balance.
struct PeerFit {
    let aTeachesB: Double
    let bTeachesA: Double
    let motivators: Double
    let communication: Double
    let language: Double
    let timeZone: Double
    let seniority: Double
    let department: Double

    init(_ a: PreparedProfile, _ b: PreparedProfile, _ criteria: MatchCriteria) {
        aTeachesB = SkillFit.fraction(teacher: a, learner: b)
        bTeachesA = SkillFit.fraction(teacher: b, learner: a)
        motivators = MotivatorFit.fraction(a, b)
        communication = StyleFit.fraction(a.profile, b.profile)
        language = LanguageFit.fraction(a, b)
        timeZone = TimeZoneFit.fraction(a.profile, b.profile)
        // Peers have no sides, so seniority always asks for similar levels.
        seniority = SeniorityFit.fraction(mentee: a.profile, mentor: b.profile, direction: .similar)
        department = DepartmentFit.fraction(a, b, preference: criteria.departmentPreference)
    }

    /// Criterion names with their points, in a fixed order; they add up to the score.
    func points(_ prepared: PreparedCriteria) -> [(criterion: String, points: Int)] {
        let c = prepared.criteria
        let share = { (weight: Int, fraction: Double) in FitVector.share(weight, fraction, prepared.totalWeight) }
        return [
            ("skills", share(c.skillsWeight + c.reciprocityWeight, (aTeachesB + bTeachesA) / 2)),
            ("motivators", share(c.motivatorsWeight, motivators)),
            ("communication", share(c.communicationWeight, communication)),
            ("language", share(c.languageWeight, language)),
            ("time_zone", share(c.timeZoneWeight, timeZone)),
            ("seniority", share(c.seniorityWeight, seniority)),
            ("department", share(c.departmentWeight, department)),
        ]
    }
}
