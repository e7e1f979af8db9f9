import TandemCore

/// Why someone is left without a partner.
public enum PeerUnpairedReason: String, Sendable, CaseIterable {
    /// Every pair with them is missing or forbidden.
    case noEligiblePartner = "no_eligible_partner"
    /// `score` only: their allowed pairs all score 0, so pairing them adds nothing.
    case noPositiveScore = "no_positive_score"
    /// They had partners, but an optimal pairing uses those partners elsewhere (or the pool is odd).
    case oddOneOut = "odd_one_out"

    public var message: String {
        switch self {
        case .noEligiblePartner: "no eligible partner"
        case .noPositiveScore: "no partner with a score above 0"
        case .oddOneOut: "odd one out: their possible partners were better used elsewhere"
        }
    }
}
