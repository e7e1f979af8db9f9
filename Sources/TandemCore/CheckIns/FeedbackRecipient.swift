import Foundation

/// Who feedback goes to: another member of the relationship. In a pair there is only one,
/// so the choice may be left out.
public enum FeedbackRecipient {
    public static func choose(_ raw: String?, among others: [UUID]) throws(ValidationFailure) -> UUID {
        if let raw, let id = UUID(uuidString: raw), others.contains(id) { return id }
        if (raw ?? "").isEmpty, others.count == 1, let only = others.first { return only }
        throw ValidationFailure([FieldError(field: "to", .required, message: "Choose who this feedback is for.")])
    }
}
