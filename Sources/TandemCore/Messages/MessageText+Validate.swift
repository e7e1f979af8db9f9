extension MessageText {
    /// A message holds at most 4,000 characters and 16,000 UTF-8 bytes (`TextLimit`).
    public static let maxLength = 4000

    /// The problem with a message about to be sent (already trimmed), or nil when it is fine.
    public static func problem(with text: String, field: String = "body") -> FieldError? {
        if text.isEmpty {
            return FieldError(field: field, .required, message: "Write a message first.")
        }
        if TextLimit.exceeds(text, characters: maxLength) {
            return FieldError(field: field, .tooLong, message: TextLimit.tooLongMessage(
                "Keep a message to \(maxLength) characters or fewer.", for: text, characters: maxLength))
        }
        return nil
    }
}
