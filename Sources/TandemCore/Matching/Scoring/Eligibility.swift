/// The hard constraints, checked in a fixed order so a pair always gets the same reason.
enum Eligibility {
    enum Rule: String {
        case samePerson = "same_person"
        case manager
        case noCommonLanguage = "no_common_language"
        case excludedDepartments = "excluded_departments"
        case atCapacity = "at_capacity"
    }

    static func failedRule(mentee: PreparedProfile, mentor: PreparedProfile, criteria: PreparedCriteria) -> Rule? {
        let (a, b) = (mentee.profile, mentor.profile)
        if a.id == b.id { return .samePerson }
        if !criteria.criteria.allowManagerAsMentor, a.managerID == b.id || b.managerID == a.id { return .manager }
        // A profile that lists no languages is unknown, not incompatible.
        if criteria.criteria.requireCommonLanguage, !mentee.languages.isEmpty, !mentor.languages.isEmpty,
           !mentee.languages.intersects(mentor.languages) { return .noCommonLanguage }
        if !criteria.excludedPairs.isEmpty,
           criteria.excludedPairs.contains(PreparedCriteria.key(mentee.department, mentor.department)) {
            return .excludedDepartments
        }
        if b.seatsLeft <= 0 { return .atCapacity }
        return nil
    }

    static func explain(_ rule: Rule, mentee: MatchProfile, mentor: MatchProfile) -> Ineligibility {
        let (a, b) = (mentee.firstName, mentor.firstName)
        let sentence = switch rule {
        case .samePerson: "\(a) cannot be matched with themselves"
        case .manager: mentee.managerID == mentor.id ? "\(b) is \(a)’s manager" : "\(a) is \(b)’s manager"
        case .noCommonLanguage: "\(a) and \(b) have no language in common"
        case .excludedDepartments: "Pairs between \(mentee.department) and \(mentor.department) are excluded in this programme"
        case .atCapacity: "\(b) has no free places"
        }
        return Ineligibility(code: rule.rawValue, sentence: sentence)
    }
}
