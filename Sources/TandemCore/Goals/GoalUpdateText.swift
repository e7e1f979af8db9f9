/// The free text of a goal's progress updates and of comments on them.
public enum GoalUpdateText {
    public static let maxUpdateLength = 4000
    public static let maxCommentLength = 2000

    /// The trimmed update, or a failure on `body`.
    public static func update(_ raw: String) throws(ValidationFailure) -> String {
        try validate(raw, max: maxUpdateLength,
                     message: "Write what moved forward, in up to 4,000 characters.")
    }

    /// The trimmed comment, or a failure on `body`.
    public static func comment(_ raw: String) throws(ValidationFailure) -> String {
        try validate(raw, max: maxCommentLength, message: "Write a comment of up to 2,000 characters.")
    }

    /// The status a progress update moves the goal to: nil when none is given, a failure on
    /// `status` for a value that is not a known status.
    public static func status(_ raw: String?) throws(ValidationFailure) -> GoalStatus? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let status = GoalStatus(rawValue: raw) else {
            throw ValidationFailure([FieldError(field: "status", .invalid, message: "Choose a known status.")])
        }
        return status
    }

    private static func validate(
        _ raw: String, max: Int, message: String
    ) throws(ValidationFailure) -> String {
        var errors = FieldErrorCollector()
        let text = errors.text(raw, field: "body", required: message, max: max, tooLong: message)
        try errors.throwIfAny()
        return text
    }
}
