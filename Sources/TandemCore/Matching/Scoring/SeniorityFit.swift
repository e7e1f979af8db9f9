/// The seniority gap in the programme's direction. A gap of two or three levels is ideal when
/// one side should be more senior; the same level is ideal for `.similar`.
public enum SeniorityFit {
    public static func fraction(mentee: MatchProfile, mentor: MatchProfile, direction: SeniorityDirection) -> Double {
        switch direction {
        case .mentorSenior: seniorGap(mentor.seniority - mentee.seniority)
        case .menteeSenior: seniorGap(mentee.seniority - mentor.seniority)
        case .similar: similarGap(abs(mentor.seniority - mentee.seniority))
        }
    }

    static func seniorGap(_ gap: Int) -> Double {
        switch gap {
        case ...0: 0
        case 1: 0.7
        case 2...3: 1
        case 4: 0.7
        default: 0.4
        }
    }

    static func similarGap(_ gap: Int) -> Double {
        switch gap {
        case 0: 1
        case 1: 0.7
        case 2: 0.3
        default: 0
        }
    }

    static func sentence(mentee: MatchProfile, mentor: MatchProfile, direction: SeniorityDirection) -> String {
        let gap = mentor.seniority - mentee.seniority
        if gap == 0 { return "\(mentor.firstName) and \(mentee.firstName) are at the same level" }
        let (senior, junior) = gap > 0 ? (mentor, mentee) : (mentee, mentor)
        let levels = abs(gap) == 1 ? "one level" : "\(abs(gap)) levels"
        return "\(senior.firstName) is \(levels) more senior than \(junior.firstName)"
    }
}

/// Department: prefer different departments (a fresh view), the same, or don't care.
public enum DepartmentFit {
    public static func fraction(_ a: PreparedProfile, _ b: PreparedProfile, preference: DepartmentPreference) -> Double {
        switch preference {
        case .different: a.department != b.department ? 1 : 0
        case .same: a.department == b.department ? 1 : 0
        case .indifferent: 0
        }
    }

    static func sentence(mentee: MatchProfile, mentor: MatchProfile, preference: DepartmentPreference) -> String {
        if preference == .same { return "Both work in \(mentor.department)" }
        return "\(mentor.firstName) brings a view from \(mentor.department), outside \(mentee.firstName)’s department"
    }
}
