/// Why a mentee cannot ask a partner again right now. State, not text: pages and the API
/// word it themselves.
enum PartnerAvailability: Sendable, Equatable {
    /// A request to this partner is still waiting.
    case requestSent
    /// A request to this partner was accepted: they are already paired.
    case alreadyPaired

    /// The line a mentor card shows instead of the request button.
    var label: String {
        switch self {
        case .requestSent: "Request sent"
        case .alreadyPaired: "Already your mentor"
        }
    }
}
