import Foundation

/// The goals a check-in discussed must all be goals of its relationship.
public enum CheckInGoals {
    /// - Parameters:
    ///   - chosen: the goal ids as sent.
    ///   - known: how many of the distinct chosen ids are goals of the relationship.
    public static func requireKnown(_ chosen: [String], knownCount: Int) throws(ValidationFailure) {
        let distinct = Set(chosen.compactMap(UUID.init(uuidString:)))
        guard knownCount == distinct.count, distinct.count == chosen.count else {
            throw ValidationFailure([FieldError(field: "goal_ids", .invalid, message: "Choose goals from this relationship.")])
        }
    }
}
