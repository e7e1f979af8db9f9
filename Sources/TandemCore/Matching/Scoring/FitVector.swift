/// Each criterion's fit for one pair, 0...1, and the points they earn. The fast path and the
/// explained path both go through `points`, so a recommendation's score and its reasons agree.
struct FitVector {
    var skills = 0.0, reciprocity = 0.0, motivators = 0.0, communication = 0.0
    var language = 0.0, timeZone = 0.0, seniority = 0.0, department = 0.0

    init(mentee: PreparedProfile, mentor: PreparedProfile, criteria: MatchCriteria) {
        let (a, b) = (mentee.profile, mentor.profile)
        skills = SkillFit.fraction(teacher: mentor, learner: mentee)
        if criteria.reciprocityWeight > 0 { reciprocity = SkillFit.fraction(teacher: mentee, learner: mentor) }
        motivators = MotivatorFit.fraction(mentee, mentor)
        communication = StyleFit.fraction(a, b)
        language = LanguageFit.fraction(mentee, mentor)
        timeZone = TimeZoneFit.fraction(a, b)
        seniority = SeniorityFit.fraction(mentee: a, mentor: b, direction: criteria.direction)
        department = DepartmentFit.fraction(mentee, mentor, preference: criteria.departmentPreference)
    }

    /// Criterion names with their points, in a fixed order.
    func points(_ prepared: PreparedCriteria) -> [(criterion: String, points: Int)] {
        let c = prepared.criteria
        let share = { (weight: Int, fraction: Double) in Self.share(weight, fraction, prepared.totalWeight) }
        return [
            ("skills", share(c.skillsWeight, skills)),
            ("reciprocity", share(c.reciprocityWeight, reciprocity)),
            ("motivators", share(c.motivatorsWeight, motivators)),
            ("communication", share(c.communicationWeight, communication)),
            ("language", share(c.languageWeight, language)),
            ("time_zone", share(c.timeZoneWeight, timeZone)),
            ("seniority", share(c.seniorityWeight, seniority)),
            ("department", share(c.departmentWeight, department)),
        ]
    }

    /// The score, 0...100: the sum of the points, capped because rounding can pass 100.
    func score(_ prepared: PreparedCriteria) -> Int {
        let c = prepared.criteria
        let w = prepared.totalWeight
        let sum = Self.share(c.skillsWeight, skills, w) + Self.share(c.reciprocityWeight, reciprocity, w)
            + Self.share(c.motivatorsWeight, motivators, w) + Self.share(c.communicationWeight, communication, w)
            + Self.share(c.languageWeight, language, w) + Self.share(c.timeZoneWeight, timeZone, w)
            + Self.share(c.seniorityWeight, seniority, w) + Self.share(c.departmentWeight, department, w)
        return Swift.min(100, sum)
    }

    static func share(_ weight: Int, _ fraction: Double, _ totalWeight: Int) -> Int {
        guard weight > 0, totalWeight > 0 else { return 0 }
        return Int((100 * Double(weight) * fraction / Double(totalWeight)).rounded())
    }
}
