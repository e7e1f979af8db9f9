import Foundation

/// Whether a mentee may send a request. The server gathers the facts; this decides.
/// Seats are claimed only on accept (pending requests hold no seat), so `mentorHasSeat` is a
/// courtesy check here and the accept path must still claim the seat atomically.
public enum MentorRequestRules {
    /// Throws the first rule broken, in the order a person would want to hear them:
    /// self, programme closed, already paired, duplicate, too many open, mentor away, mentor full.
    /// `openRequests` and `maxOpenRequests` are the mentee's pending requests in the programme and
    /// its cap (`OpenRequestCap`); the server re-checks the cap atomically when it inserts.
    public static func check(
        menteeID: UUID, mentorID: UUID, hasOpenRequest: Bool, hasActiveRelationship: Bool,
        mentorHasSeat: Bool, requestsOpen: Bool, openRequests: Int = 0, maxOpenRequests: Int = .max,
        mentorAway: Bool = false
    ) throws(RequestRuleError) {
        if menteeID == mentorID { throw .selfRequest }
        if !requestsOpen { throw .closed }
        if hasActiveRelationship { throw .alreadyPaired }
        if hasOpenRequest { throw .duplicate }
        if !OpenRequestCap.allowsAnother(open: openRequests, limit: maxOpenRequests) { throw .tooManyOpen }
        if mentorAway { throw .mentorAway }
        if !mentorHasSeat { throw .atCapacity }
    }
}
