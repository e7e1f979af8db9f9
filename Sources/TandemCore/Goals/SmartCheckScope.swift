import Foundation

/// The relationship a SMART check is asked about, by id, or none.
public enum SmartCheckScope {
    /// Nil for no relationship; a failure on `relationship_id` for text that is not an id.
    public static func relationshipID(_ raw: String) throws(ValidationFailure) -> UUID? {
        guard !raw.isEmpty else { return nil }
        guard let id = UUID(uuidString: raw) else {
            throw ValidationFailure([FieldError(field: "relationship_id", .invalid, message: "Give the id of one of your relationships.")])
        }
        return id
    }
}
