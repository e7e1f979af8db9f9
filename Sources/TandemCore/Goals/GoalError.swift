/// Why a goal cannot be changed by this member.
public enum GoalError: CodedError, Equatable, CaseIterable {
    /// Each member sets their own goals; only the owner changes them, the partner comments.
    case notOwner

    public var code: String {
        switch self {
        case .notOwner: "goal.not_owner"
        }
    }

    public var message: String {
        switch self {
        case .notOwner: "Only the person who set this goal can change it."
        }
    }
}
