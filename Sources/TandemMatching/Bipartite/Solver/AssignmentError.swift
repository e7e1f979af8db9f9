import TandemCore

/// Why a problem cannot be solved as given.
public enum AssignmentError: CodedError, Equatable {
    case sizeMismatch(String)
    case negativeCapacity(mentor: Int)
    case edgeOutOfRange(mentee: Int, mentor: Int)
    case scoreOutOfRange(Int)
    case pinOutOfRange(mentee: Int, mentor: Int)
    case pinForbidden(mentee: Int, mentor: Int)
    case menteePinnedTwice(mentee: Int)
    case pinsOverCapacity(mentor: Int)

    public var code: String {
        switch self {
        case .sizeMismatch: "match.size_mismatch"
        case .negativeCapacity: "match.negative_capacity"
        case .edgeOutOfRange: "match.edge_out_of_range"
        case .scoreOutOfRange: "match.score_out_of_range"
        case .pinOutOfRange: "match.pin_out_of_range"
        case .pinForbidden: "match.pin_forbidden"
        case .menteePinnedTwice: "match.pinned_twice"
        case .pinsOverCapacity: "match.pins_over_capacity"
        }
    }

    public var message: String {
        switch self {
        case .sizeMismatch(let detail): "The problem's sizes do not agree: \(detail)."
        case .negativeCapacity(let mentor): "Mentor \(mentor) has a negative capacity."
        case .edgeOutOfRange(let mentee, let mentor): "The pair (\(mentee), \(mentor)) is outside the problem."
        case .scoreOutOfRange(let score): "Scores run from 0 to 100; got \(score)."
        case .pinOutOfRange(let mentee, let mentor): "The pinned pair (\(mentee), \(mentor)) is outside the problem."
        case .pinForbidden(let mentee, let mentor): "The pinned pair (\(mentee), \(mentor)) is forbidden."
        case .menteePinnedTwice(let mentee): "Mentee \(mentee) is pinned to more than one mentor."
        case .pinsOverCapacity(let mentor): "Mentor \(mentor) has more pins than places."
        }
    }
}
