/// A private concern a member raises with the programme's coordinators. Its text is limited,
/// and so is how many one person may have open at once, so nobody can flood the admins' list.
public enum ConcernRules {
    public static let maxLength = 2000
    public static let maxOpenPerPerson = 5

    /// The trimmed concern, or every problem on the `concern` field. `openByRaiser` is how many
    /// of the raiser's concerns are still open (callers may stop counting at the limit).
    public static func validate(
        _ raw: String, openByRaiser: Int
    ) throws(ValidationFailure) -> String {
        var errors = FieldErrorCollector()
        let text = errors.text(
            raw, field: "concern", required: "Describe your concern.", max: maxLength,
            tooLong: "Describe your concern in up to 2,000 characters.")
        if openByRaiser >= maxOpenPerPerson { errors.add(tooManyOpen) }
        try errors.throwIfAny()
        return text
    }

    /// The field error when the raiser already has `maxOpenPerPerson` open concerns.
    public static let tooManyOpen = FieldError(
        field: "concern", .tooManyOpen,
        message: "You already have \(maxOpenPerPerson) open concerns. An admin will get back to you; "
            + "you can raise another once one of them is resolved.")
}
