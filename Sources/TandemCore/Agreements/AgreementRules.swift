import Foundation

/// The versioning rules of an agreement, free of storage. An agreement is in force when every
/// current member has confirmed the same version, the current one. Editing makes a new version,
/// which the proposer confirms by proposing and everyone else must confirm again.
public enum AgreementRules {
    /// What the rules need to know about the current (latest) version.
    public struct Current: Sendable, Hashable {
        public let number: Int
        /// Members who confirmed this very version (people who have since left may be among them).
        public let confirmedBy: Set<UUID>
        /// Whether this version, or an earlier one, was ever in force.
        public let followsInForce: Bool

        public init(number: Int, confirmedBy: Set<UUID>, followsInForce: Bool) {
            self.number = number
            self.confirmedBy = confirmedBy
            self.followsInForce = followsInForce
        }
    }

    /// True when every current member confirmed the version. A relationship without members
    /// has no agreement in force.
    public static func isInForce(confirmedBy: Set<UUID>, members: Set<UUID>) -> Bool {
        !members.isEmpty && members.isSubset(of: confirmedBy)
    }

    public static func state(current: Current?, members: Set<UUID>) -> AgreementState {
        guard let current else { return .none }
        if isInForce(confirmedBy: current.confirmedBy, members: members) { return .inForce }
        return current.followsInForce ? .needsReconfirmation : .proposed
    }

    /// Current members who have not yet confirmed the version.
    public static func awaiting(current: Current, members: Set<UUID>) -> Set<UUID> {
        members.subtracting(current.confirmedBy)
    }

    /// The number of the version an edit creates, or nil when the edit changes nothing (then no
    /// new version is made and nobody is asked again).
    public static func nextVersion(after current: (number: Int, terms: AgreementTerms)?, proposing terms: AgreementTerms) -> Int? {
        guard let current else { return 1 }
        return current.terms == terms ? nil : current.number + 1
    }

    public enum ConfirmOutcome: Sendable, Hashable {
        /// The member had confirmed this version already: nothing changes.
        case alreadyConfirmed
        /// Recorded; `nowInForce` is true when this confirmation completed the agreement.
        case confirmed(nowInForce: Bool)
    }

    /// A member confirms version `version`. Only the current version may be confirmed: a member
    /// looking at an older page must see the changes first.
    public static func confirm(version: Int, by member: UUID, current: Current?, members: Set<UUID>) throws(AgreementError) -> ConfirmOutcome {
        guard let current else { throw .notProposed }
        guard members.contains(member) else { throw .notMember }
        guard version == current.number else { throw .staleVersion(current: current.number) }
        if current.confirmedBy.contains(member) { return .alreadyConfirmed }
        let after = current.confirmedBy.union([member])
        return .confirmed(nowInForce: isInForce(confirmedBy: after, members: members))
    }
}
