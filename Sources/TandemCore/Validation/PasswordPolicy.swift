/// Length is the rule that matters most for passwords; no composition rules.
public enum PasswordPolicy {
    public static let minLength = 10
    /// Caps hashing work on absurd input.
    public static let maxLength = 128

    /// A `password` field error, or nil when the password is acceptable. Not trimmed:
    /// spaces are legitimate password characters.
    public static func validate(_ password: String, field: String = "password") -> FieldError? {
        if password.count < minLength {
            return FieldError(
                field: field, .tooShort,
                message: "Use at least \(minLength) characters for your password.")
        }
        if password.count > maxLength {
            return FieldError(
                field: field, .tooLong,
                message: "Use at most \(maxLength) characters for your password.")
        }
        return nil
    }
}
