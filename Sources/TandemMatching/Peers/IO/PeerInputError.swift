import TandemCore

/// Why a `solve-peers` input file cannot be read. Messages say where, so the file can be fixed.
public enum PeerInputError: CodedError, Equatable {
    case malformed(offset: Int, expected: String, found: UInt8?)
    case missingKey(String, in: String)
    case duplicateKey(String, in: String)
    case notAString(String, in: String)
    case emptyId(in: String)
    case duplicateId(String, person: Int)
    case unknownId(String, in: String)
    case badScore(edge: Int, text: String)

    public var code: String {
        switch self {
        case .malformed: "peer_input.malformed"
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
        case .malformed(let offset, let expected, let found):
            "Malformed JSON at byte \(offset): expected \(expected), found \(found.map(Self.describe) ?? "the end of the input")."
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

    private static func describe(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
    }
}
