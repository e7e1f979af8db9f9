extension MatchCriteria {
    /// Sensible starting weights per programme type; admins tune them per programme.
    public static func defaults(for type: ProgrammeType) -> MatchCriteria {
        switch type {
        case .oneToOne, .group:
            MatchCriteria()
        case .reverse:
            // Reverse mentoring is about what the junior side knows, so skills weigh more.
            MatchCriteria(skillsWeight: 45, seniorityWeight: 10, direction: .menteeSenior)
        case .peer:
            MatchCriteria(
                skillsWeight: 30, motivatorsWeight: 20, communicationWeight: 15, seniorityWeight: 15,
                departmentWeight: 0, direction: .similar, departmentPreference: .indifferent)
        case .coMentoring:
            MatchCriteria(
                skillsWeight: 25, motivatorsWeight: 15, communicationWeight: 10, seniorityWeight: 10,
                reciprocityWeight: 25, direction: .similar)
        }
    }
}
