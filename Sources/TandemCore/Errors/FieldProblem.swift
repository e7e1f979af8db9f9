/// What is wrong with one field: the `code` of a `FieldError`, each defined once here.
/// A form shows the message; an API client may branch on the code.
public enum FieldProblem: String, Sendable, CaseIterable {
    case required
    case invalid
    case invalidType = "invalid_type"
    case invalidLevel = "invalid_level"
    case tooShort = "too_short"
    case tooLong = "too_long"
    case tooMany = "too_many"
    case tooManyOpen = "too_many_open"
    case outOfRange = "out_of_range"
    case tooFew = "too_few"
    case order
    case beforeStart = "before_start"
    case notInFuture = "not_in_future"
    case notHappenedYet = "not_happened_yet"
    /// A local time skipped by a daylight-saving change.
    case nonexistent
    case taken
    case belowUsed = "below_used"
    /// The person would act on their own account in a way the rules forbid (demote or deactivate themselves).
    case ownAccount = "self"
}

extension FieldError {
    public init(field: String, _ problem: FieldProblem, message: String) {
        self.init(field: field, code: problem.rawValue, message: message)
    }
}
