/// Why a mentor request cannot be sent or changed.
public enum RequestRuleError: CodedError, Equatable, CaseIterable {
    case selfRequest
    case duplicate
    case alreadyPaired
    case atCapacity
    case closed
    case notPending
    /// A person and their direct manager are never paired unless the programme allows it (docs/rules.md "Capacity").
    case managerPair
    /// The mentee already holds the programme's limit of open (pending) requests.
    case tooManyOpen
    /// The mentor marked themselves away; they take no requests until they are back.
    case mentorAway
    /// "Ask someone else instead" is only for a request that expired or whose mentor went away.
    case notLapsed

    public var code: String {
        switch self {
        case .selfRequest: "request.self"
        case .duplicate: "request.duplicate"
        case .alreadyPaired: "relationship.already_exists"
        case .atCapacity: "capacity.full"
        case .closed: "programme.requests_closed"
        case .notPending: "request.not_pending"
        case .managerPair: "request.manager_pair"
        case .tooManyOpen: "request.too_many_open"
        case .mentorAway: "request.mentor_away"
        case .notLapsed: "request.not_lapsed"
        }
    }

    public var message: String {
        switch self {
        case .selfRequest: "You cannot send a request to yourself."
        case .duplicate: "You already have a request waiting with this mentor."
        case .alreadyPaired: "You are already paired with this mentor."
        case .atCapacity: "This mentor has no free places right now."
        case .closed: "This programme is not taking requests right now."
        case .notPending: "This request has already been answered or withdrawn."
        case .managerPair: "People are not matched with their own manager or direct report."
        case .tooManyOpen: "You already have as many requests waiting as this programme allows. Withdraw one, or wait for an answer, before asking someone else."
        case .mentorAway: "This mentor is away and is not taking requests right now. Ask someone else."
        case .notLapsed: "You can ask someone else instead only when a request expired or its mentor went away."
        }
    }
}
