/// Who receives a plan message, among the programme's active enrolments.
///
/// Peers (in `peer` and `co_mentoring` programmes) have no side, so they count as both mentors
/// and mentees: a "mentors" message reaches every peer, and so does a "mentees" one. A person
/// enrolled on both sides gets one message, not two.
/// - `unmatched`: enrolled, but in no active relationship of the programme. It makes no sense for
///   a per-relationship trigger, so validation refuses that pairing.
/// - `pairsWithoutCheckIn`: the members of active relationships with no held check-in yet.
/// - `everyone`: every active enrolment.
public enum PlanAudience: String, LabelledChoice {
    case everyone
    case mentors
    case mentees
    case unmatched
    case pairsWithoutCheckIn = "pairs_without_check_in"

    public var label: String {
        switch self {
        case .everyone: "Everyone enrolled"
        case .mentors: "Mentors"
        case .mentees: "Mentees"
        case .unmatched: "People not matched yet"
        case .pairsWithoutCheckIn: "Pairs without a check-in yet"
        }
    }

    /// Whether someone enrolled (or a relationship member) in `role` is in a side-based audience.
    /// `unmatched` and `pairsWithoutCheckIn` depend on relationships too; for them this answers
    /// only the role part, which is "any role".
    public func includes(_ role: EnrolmentRole) -> Bool {
        switch (self, role) {
        case (.mentors, .mentee), (.mentees, .mentor): false
        default: true
        }
    }
}
