/// Why a request was declined when Tandem declined it on the mentor's behalf. Stored as the raw
/// value in `mentor_requests.decline_code`; a mentor's own decline has none.
public enum DeclineCode: String, Sendable, Codable, CaseIterable {
    /// The mentor marked themselves away (`AwayWindow`) while the request was waiting.
    case mentorAway = "mentor_away"
}
