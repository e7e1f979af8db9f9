/// Why a meeting cannot be changed.
public enum MeetingError: CodedError, Equatable, CaseIterable {
    /// Only a meeting still to come may be moved, cancelled or logged.
    case notScheduled

    public var code: String {
        switch self {
        case .notScheduled: "meeting.not_scheduled"
        }
    }

    public var message: String {
        switch self {
        case .notScheduled: "This meeting has already been logged or cancelled."
        }
    }
}
