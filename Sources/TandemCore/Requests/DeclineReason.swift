/// The optional note a mentor adds when declining a request.
public enum DeclineReason {
    public static let maxLength = 500

    /// The trimmed reason, nil when blank, or a failure on `field` when too long.
    public static func validate(_ raw: String, field: String = "reason") throws(ValidationFailure) -> String? {
        var errors = FieldErrorCollector()
        let reason = errors.text(
            raw, field: field, max: maxLength,
            tooLong: "Keep the reason under \(maxLength) characters.")
        try errors.throwIfAny()
        return reason.isEmpty ? nil : reason
    }
}
