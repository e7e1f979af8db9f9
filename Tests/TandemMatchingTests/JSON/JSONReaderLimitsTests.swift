import Testing
import TandemCore
@testable import TandemMatching

/// Both problem readers share one JSON reader, so they refuse the same things with the same
/// codes: each hostile value is tried in the place of an unused key, and where it matters, in
/// the formats' own fields.
@Suite("one JSON reader for both solvers")
struct JSONReaderLimitsTests {
    enum Reader: String, CaseIterable, CustomTestStringConvertible {
        case assignment, peers
        var testDescription: String { rawValue }

        /// A valid document of this format with `value` under an unused key.
        func document(extra value: String) -> [UInt8] {
            switch self {
            case .assignment:
                Array(#"{"mentors":[{"id":"m","capacity":1}],"mentees":[{"id":"e"}],"scores":[[1]],"x":"#.utf8)
                    + Array(value.utf8) + [UInt8(ascii: "}")]
            case .peers:
                Array(#"{"people":[{"id":"a"}],"x":"#.utf8) + Array(value.utf8) + [UInt8(ascii: "}")]
            }
        }

        /// The error code for `bytes`, or "none" when they parse.
        func code(_ bytes: [UInt8]) -> String {
            do {
                switch self {
                case .assignment: _ = try ProblemFileReader.parse(bytes)
                case .peers: _ = try PeerProblemJSON.parse(bytes)
                }
                return "none"
            } catch let error as any CodedError {
                return error.code
            } catch {
                return "uncoded \(error)"
            }
        }
    }

    static let values: [(String, String)] = [
        ("nan", "json.malformed"),
        ("NaN", "json.malformed"),
        ("inf", "json.malformed"),
        ("-inf", "json.malformed"),
        ("Infinity", "json.malformed"),
        ("0x10", "json.malformed"),
        ("1e999", "json.bad_number"),
        ("-1e999", "json.bad_number"),
        (String(repeating: "9", count: 400), "json.bad_number"),
        ("007", "json.bad_number"),
        ("1.", "json.malformed"),
        (String(repeating: "[", count: JSONLimits.maxDepth + 1) + String(repeating: "]", count: JSONLimits.maxDepth + 1), "json.too_deep"),
        (String(repeating: "[", count: JSONLimits.maxDepth - 1) + String(repeating: "]", count: JSONLimits.maxDepth - 1), "none"),
        ("[1e308, -0.5, 12, true, null, {\"a\": \"\\u00e9\"}]", "none"),
    ]

    @Test("hostile values under an unused key", arguments: Reader.allCases, values)
    func unusedKey(reader: Reader, value: (String, String)) {
        // arrange
        let bytes = reader.document(extra: value.0)
        // act
        let code = reader.code(bytes)
        // assert
        #expect(code == value.1, "\(value.0.prefix(20))")
    }

    @Test("bad UTF-8 is refused in ids and in skipped strings", arguments: Reader.allCases, [
        [UInt8(ascii: "\""), 0xFF, UInt8(ascii: "\"")],
        [UInt8(ascii: "\""), 0xC3, UInt8(ascii: "\"")],
        [UInt8(ascii: "\""), 0xED, 0xA0, 0x80, UInt8(ascii: "\"")],
    ])
    func badUTF8(reader: Reader, string: [UInt8]) {
        // arrange
        let skipped = reader.document(extra: String(decoding: [UInt8(ascii: "0")], as: UTF8.self))
        let inSkipped = Array(skipped.dropLast(2)) + string + [UInt8(ascii: "}")]
        let id: [UInt8] = switch reader {
        case .assignment: Array(#"{"mentors":[{"id":"#.utf8) + string + Array(#","capacity":1}],"mentees":[],"scores":[]}"#.utf8)
        case .peers: Array(#"{"people":[{"id":"#.utf8) + string + Array("}]}".utf8)
        }
        // act / assert
        #expect(reader.code(inSkipped) == "json.bad_utf8")
        #expect(reader.code(id) == "json.bad_utf8")
    }

    @Test("nan, inf and out-of-range numbers as scores are refused", arguments: ["nan", "inf", "-1", "101", "1e2", "007", "99999999999999999999"])
    func badScores(score: String) {
        // arrange
        let dense = #"{"mentors":[{"id":"m","capacity":1}],"mentees":[{"id":"e"}],"scores":[["# + score + "]]}"
        let edges = #"{"mentors":[{"id":"m","capacity":1}],"mentees":[{"id":"e"}],"edges":[{"mentee":"e","mentor":"m","score":"# + score + "}]}"
        let peers = #"{"people":[{"id":"a"},{"id":"b"}],"edges":[{"a":"a","b":"b","score":"# + score + "}]}"
        // act / assert
        #expect(Reader.assignment.code(Array(dense.utf8)) != "none")
        #expect(Reader.assignment.code(Array(edges.utf8)) != "none")
        #expect(Reader.peers.code(Array(peers.utf8)) != "none")
    }

    @Test("errors say line and column")
    func place() {
        // arrange
        let text = "{\"people\":\n  [nan]}"
        // act
        let error = #expect(throws: JSONInputError.self) { try PeerProblemJSON.parse(Array(text.utf8)) }
        // assert
        #expect(error?.line == 2)
        #expect(error?.column == 4)
    }
}
