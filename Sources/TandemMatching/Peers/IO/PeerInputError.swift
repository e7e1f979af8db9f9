import TandemCore

/// Why a `solve-peers` input file, read as JSON, is not a valid pool (JSON errors themselves are
/// `JSONInputError`). Messages say where, so the file can be fixed.
public enum PeerInputError: CodedError, Equatable {
    case missingKey(String, in: String)
    case duplicateKey(String, in: String)
    case notAString(String, in: String)
    case emptyId(in: String)
    case duplicateId(String, person: Int)
    case unknownId(String, in: String)
    case badScore(edge: Int, text: String)

    public var code: String {
        switch self {
        case .missingKey: "peer_input.missing_key"
        case .duplicateKey: "peer_input.duplicate_key"
        case .notAString: "peer_input.not_a_string"
        case .emptyId: "peer_input.empty_id"
        case .duplicateId: "peer_input.duplicate_id"
        case .unknownId: "peer_input.unknown_id"
        case .badScore: "peer_input.bad_score"
        }
    }

    public var message: String {
        switch self {
        case .missingKey(let key, let place): "\(place) has no \"\(key)\"."
        case .duplicateKey(let key, let place): "\(place) has \"\(key)\" more than once."
        case .notAString(let key, let place): "\(place): \"\(key)\" must be a string."
        case .emptyId(let place): "\(place): ids must not be empty."
        case .duplicateId(let id, let person): "people[\(person)]: the id \"\(id)\" is used twice."
        case .unknownId(let id, let place): "\(place) refers to \"\(id)\", who is not in \"people\"."
        case .badScore(let edge, let text):
            "edges[\(edge)]: score \(text) is not allowed; scores are whole numbers from 0 to 100."
        }
    }
}
