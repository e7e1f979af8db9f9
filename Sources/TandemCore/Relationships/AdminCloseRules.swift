/// An admin closing a relationship on the members' behalf (docs/rules.md: only the mentor or an
/// admin closes a whole circle) says why, briefly; the reason goes to the audit log.
public enum AdminCloseRules {
    public static let maxReasonLength = 500

    /// The trimmed reason, or the problem on the `reason` field.
    public static func validate(reason raw: String) throws(ValidationFailure) -> String {
        var errors = FieldErrorCollector()
        let reason = errors.text(
            raw, field: "reason", required: "Say briefly why you are closing it.", max: maxReasonLength,
            tooLong: "Keep the reason to 500 characters.")
        if !errors.errors.contains(where: { $0.field == "reason" }),
           reason.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\r" && $0 != "\t" }) {
            errors.add("reason", .invalid, "The reason holds characters that cannot be saved.")
        }
        try errors.throwIfAny()
        return reason
    }
}
