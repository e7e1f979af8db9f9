/// Why a relationship does not take a change now.
public enum RelationshipError: CodedError, Equatable {
    /// Archived relationships are read-only; only closing reflections may still be added.
    case archived
    /// docs/rules.md "Phases": formal programmes take meetings and check-ins in their active and
    /// closing phases. `activeStarts` is the active phase's first day, or how to name it.
    case checkInsClosed(activeStarts: String)

    public var code: String {
        switch self {
        case .archived: "relationship.archived"
        case .checkInsClosed: "programme.check_ins_closed"
        }
    }

    public var message: String {
        switch self {
        case .archived: "This relationship is archived and read-only."
        case .checkInsClosed(let starts): "Meetings and check-ins open when the programme's active phase starts (\(starts))."
        }
    }
}
