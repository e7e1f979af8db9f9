/// Why a closing reflection cannot be written.
public enum ReflectionError: CodedError, Equatable, CaseIterable {
    /// One closing reflection per member and relationship.
    case exists

    public var code: String {
        switch self {
        case .exists: "reflection.exists"
        }
    }

    public var message: String {
        switch self {
        case .exists: "You have already written your closing reflection."
        }
    }
}
