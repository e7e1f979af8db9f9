/// Why a member cannot close or leave a relationship.
public enum CircleRuleError: CodedError, Equatable, CaseIterable {
    /// A mentee in a group circle, or a peer in a trio, leaves; only the mentor closes a circle.
    case closeIsForTheMentor
    /// The mentor leads the circle, so they close it rather than leave it.
    case mentorCannotLeave
    /// Pairs are closed, not left.
    case notACircle

    public var code: String {
        switch self {
        case .closeIsForTheMentor: "circle.close_forbidden"
        case .mentorCannotLeave: "circle.mentor_cannot_leave"
        case .notACircle: "relationship.not_a_circle"
        }
    }

    public var message: String {
        switch self {
        case .closeIsForTheMentor: "Only the circle's mentor can close the whole circle. Leave the circle instead."
        case .mentorCannotLeave: "You lead this circle, so you close it rather than leave it."
        case .notACircle: "Only a circle can be left. Close the relationship instead."
        }
    }

    /// A role failure (403) or a rule about the relationship's shape (409).
    public var isRoleFailure: Bool { self != .notACircle }
}
