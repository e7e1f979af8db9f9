import TandemCore

/// Why a `PeerProblem` cannot be solved. Messages name people by id.
public enum PeerProblemError: CodedError, Equatable {
    case indexOutOfRange(what: String)
    case selfPair(edge: Int, id: String)
    case scoreOutOfRange(edge: Int, score: Int)
    case conflictingDuplicate(edge: Int, a: String, b: String, first: Int, second: Int)
    case pinConflict(a: String, b: String, reason: String)

    public var code: String {
        switch self {
        case .indexOutOfRange: "peer.index_out_of_range"
        case .selfPair: "peer.self_pair"
        case .scoreOutOfRange: "peer.score_out_of_range"
        case .conflictingDuplicate: "peer.duplicate_edge"
        case .pinConflict: "peer.pin_conflict"
        }
    }

    public var message: String {
        switch self {
        case .indexOutOfRange(let what):
            "\(what) refers to a person who is not in the pool."
        case .selfPair(let edge, let id):
            "edges[\(edge)] pairs \"\(id)\" with themselves."
        case .scoreOutOfRange(let edge, let score):
            "edges[\(edge)] has score \(score); scores are whole numbers from 0 to 100."
        case .conflictingDuplicate(let edge, let a, let b, let first, let second):
            "edges[\(edge)] repeats the pair \"\(a)\"–\"\(b)\" with score \(second), but it was already given score \(first)."
        case .pinConflict(let a, let b, let reason):
            "The pin \"\(a)\"–\"\(b)\" cannot be kept: \(reason)."
        }
    }
}
