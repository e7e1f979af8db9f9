import Testing
import TandemCore
@testable import TandemMatching

/// The parser's fast paths (edges built directly when "people" comes first, raw key matching,
/// the integer score path) must read exactly what the general path reads.
@Suite("solve-peers fast paths agree with the general reader")
struct PeerProblemJSONFastPathTests {
    private func parse(_ text: String) throws -> PeerProblem { try PeerProblemJSON.parse(Array(text.utf8)) }

    private let people = #""people":[{"id":"a"},{"id":"b"},{"id":"c"}]"#
    private let edges = #""edges":[{"a":"a","b":"b","score":100},{ "b" : "c" , "a":"a", "score" : 0 },"#
        + #"{"\u0061":"b","\u0062":"c","sc\u006fre":7},{"score":42,"a":"c","b":"a"},{"a":"b","b":"a","score":5e0}]"#

    @Test("people first (direct) and edges first (general) give the same problem")
    func directEqualsGeneral() throws {
        // arrange: the last edge has an exponent score, so drop it for the success case.
        let okEdges = edges.replacingOccurrences(of: #",{"a":"b","b":"a","score":5e0}"#, with: "")
        // act
        let direct = try parse("{\(people),\(okEdges)}")
        let general = try parse("{\(okEdges),\(people)}")
        // assert
        let expected = [
            PeerEdge(a: 0, b: 1, score: 100), PeerEdge(a: 0, b: 2, score: 0),
            PeerEdge(a: 1, b: 2, score: 7), PeerEdge(a: 2, b: 0, score: 42),
        ]
        #expect(direct.edges == expected)
        #expect(general.edges == expected)
        #expect(direct.ids == general.ids)
    }

    @Test("a score that only looks fast is still checked", arguments: ["5e0", "1000", "101", "7.0", "-0", "07 "])
    func scoresOnTheSlowPath(score: String) {
        let text = #"{"people":[{"id":"a"},{"id":"b"}],"edges":[{"a":"a","b":"b","score":"# + score + "}]}"
        let accepted = (try? parse(text))?.edges.first?.score
        // All are refused; "07" too, since the one JSON reader refuses leading zeros (RFC 8259).
        #expect(accepted == nil)
    }

    @Test("an unknown id in direct mode is reported at the first edge that names it")
    func unknownInDirectMode() {
        let text = #"{"people":[{"id":"a"},{"id":"b"}],"edges":[{"a":"a","b":"b","score":1},"#
            + #"{"a":"x","b":"a","score":1},{"a":"a","b":"y","score":1}],"pins":[{"a":"a","b":"b"}]}"#
        #expect(throws: PeerInputError.unknownId("x", in: "edges[1]")) { try parse(text) }
    }

    @Test("pins read before edges still resolve, and duplicates in people fall back to the general path")
    func fallbacks() throws {
        let pinsFirst = try parse(#"{"people":[{"id":"a"},{"id":"b"}],"pins":[{"a":"b","b":"a"}],"#
            + #""edges":[{"a":"b","b":"a","score":9}]}"#)
        #expect(pinsFirst.edges == [PeerEdge(a: 1, b: 0, score: 9)])
        #expect(pinsFirst.pins.map { [$0.0, $0.1] } == [[1, 0]])
        #expect(throws: PeerInputError.duplicateId("a", person: 1)) {
            try parse(#"{"people":[{"id":"a"},{"id":"a"}],"edges":[{"a":"a","b":"a","score":1}]}"#)
        }
    }

    @Test("parsing from a raw buffer (a mapped file) matches parsing an array")
    func rawBuffer() throws {
        let text = "{\(people),\"edges\":[{\"a\":\"a\",\"b\":\"c\",\"score\":3}]}"
        let bytes = Array(text.utf8)
        let fromRaw = try bytes.withUnsafeBytes { try PeerProblemJSON.parse($0) }
        #expect(fromRaw.edges == (try parse(text)).edges)
        #expect(fromRaw.ids == ["a", "b", "c"])
    }

    @Test("short and long ids, thousands of them, intern to the right people")
    func manyIds() throws {
        // arrange: ids of 1 to 20 bytes, enough of them to grow both intern tables.
        let ids = (0..<3000).map { i in i % 3 == 0 ? "p\(i)" : i % 3 == 1 ? "person-\(i)" : "a-much-longer-id-\(i)" }
        let people = ids.map { "{\"id\":\"\($0)\"}" }.joined(separator: ",")
        let edges = (0..<2999).map { i in "{\"a\":\"\(ids[i + 1])\",\"b\":\"\(ids[i])\",\"score\":\(i % 101)}" }
        // act
        let problem = try parse("{\"people\":[\(people)],\"edges\":[\(edges.joined(separator: ","))]}")
        // assert
        #expect(problem.ids == ids)
        #expect(problem.edges == (0..<2999).map { PeerEdge(a: $0 + 1, b: $0, score: $0 % 101) })
    }
}
