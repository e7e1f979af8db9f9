/// The hard constraints for a pair of peers. The same rules as mentoring, but symmetric and
/// without seats: a manager and their report are never paired, whichever way round.
enum PeerEligibility {
    static func ineligibility(_ a: PreparedProfile, _ b: PreparedProfile, _ criteria: PreparedCriteria) -> Ineligibility? {
        guard let rule = failedRule(a, b, criteria) else { return nil }
        return Eligibility.explain(rule, mentee: a.profile, mentor: b.profile)
    }

    static func failedRule(_ a: PreparedProfile, _ b: PreparedProfile, _ criteria: PreparedCriteria) -> Eligibility.Rule? {
        let (x, y) = (a.profile, b.profile)
        if x.id == y.id { return .samePerson }
        if !criteria.criteria.allowManagerAsMentor, x.managerID == y.id || y.managerID == x.id { return .manager }
        // A profile that lists no languages is unknown, not incompatible.
        if criteria.criteria.requireCommonLanguage, !a.languages.isEmpty, !b.languages.isEmpty,
           !a.languages.intersects(b.languages) { return .noCommonLanguage }
        if criteria.excludedPairs.contains(PreparedCriteria.key(a.department, b.department)) {
            return .excludedDepartments
        }
        return nil
    }
}
