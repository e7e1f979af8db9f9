import Foundation

/// Email addresses are stored trimmed and lower-cased, so uniqueness per organisation
/// is case-insensitive (docs/rules.md "Tenancy and accounts").
public enum Email {
    /// In UTF-8 bytes, as RFC 5321 counts octets: a limit in characters bounds nothing, since
    /// one letter with thousands of combining marks is one character (and kilobytes of index key).
    public static let maxLength = 254
    public static let maxLocalPartLength = 64

    /// The normalised address, or nil unless it looks like `local@domain.tld`.
    /// Deliberately loose: the only real check is whether mail arrives.
    public static func normalise(_ raw: String) -> String? {
        // Refuse absurd input before trimming and lower-casing walk all of it.
        guard raw.utf8.count <= 4 * maxLength else { return nil }
        let email = raw.trimmed.lowercased()
        guard !email.isEmpty, email.utf8.count <= maxLength,
              !email.contains(where: { $0.isWhitespace || $0.isNewline }) else { return nil }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.count <= maxLocalPartLength else { return nil }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
              let tld = labels.last, tld.count >= 2 else { return nil }
        return email
    }

    /// A field error for the `email` field (or another name), or nil when the address is fine.
    public static func validate(_ raw: String, field: String = "email") -> FieldError? {
        if raw.trimmed.isEmpty {
            return FieldError(field: field, .required, message: "Enter an email address.")
        }
        if normalise(raw) == nil {
            return FieldError(
                field: field, .invalid,
                message: "Enter an email address like name@example.com.")
        }
        return nil
    }
}
