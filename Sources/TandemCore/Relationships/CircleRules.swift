/// Who closes a relationship and who leaves it (docs/rules.md "Programme types").
///
/// A group programme's relationship is a circle: one mentor and every mentee assigned. A peer
/// match may also form a trio. In either, members leave one at a time: their membership ends, one
/// seat is freed and the rest carry on. Only the mentor closes the whole circle; a trio has no
/// mentor, so its peers leave until two remain, who then close it as a pair. When the last mentee
/// leaves a group circle, the circle closes: a mentor alone is not mentoring anyone.
public enum CircleRules {
    /// Whether the relationship is a circle: always for group programmes, and for peer types
    /// while three or more members remain.
    public static func isCircle(type: ProgrammeType, activeMembers: Int) -> Bool {
        type == .group || (!type.isTwoSided && activeMembers >= 3)
    }

    /// Checks that `role` may close the whole (still active) relationship.
    public static func requireMayClose(type: ProgrammeType, role: EnrolmentRole, activeMembers: Int) throws(CircleRuleError) {
        guard isCircle(type: type, activeMembers: activeMembers) else { return }
        if role != .mentor { throw .closeIsForTheMentor }
    }

    /// What happens to the relationship when a member leaves it.
    public enum LeaveOutcome: Sendable, Equatable {
        /// The others carry on.
        case continues
        /// Nobody is left to mentor: the circle closes.
        case closes
    }

    /// Checks that `role` may leave, given the roles of every member still in it (the leaver
    /// included), and says what becomes of the relationship.
    public static func leave(type: ProgrammeType, role: EnrolmentRole, activeRoles: [EnrolmentRole]) throws(CircleRuleError) -> LeaveOutcome {
        guard isCircle(type: type, activeMembers: activeRoles.count) else { throw .notACircle }
        if role == .mentor { throw .mentorCannotLeave }
        let othersOnMySide = activeRoles.filter { $0 == role }.count - 1
        return type.isTwoSided && othersOnMySide <= 0 ? .closes : .continues
    }
}
