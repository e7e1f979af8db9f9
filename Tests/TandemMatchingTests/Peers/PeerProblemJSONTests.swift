import Testing
import TandemCore
@testable import TandemMatching

@Suite("solve-peers file format")
struct PeerProblemJSONTests {
    private func parse(_ text: String) throws -> PeerProblem { try PeerProblemJSON.parse(Array(text.utf8)) }

    private func code(_ text: String) -> String {
        do {
            _ = try parse(text)
            return "none"
        } catch let error as any CodedError {
            return error.code
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test("reads people, edges, pins and forbids, in any key order")
    func reads() throws {
        let problem = try parse("""
            { "edges": [ {"score": 80, "b": "p2", "a": "p1", "note": [1, {"x": null}]} ],
              "people": [ {"id": "p1", "name": "Ana"}, {"id": "p\\u00e9\\"2"}, {"id": "p2"} ],
              "pins": [{"a": "p1", "b": "p2"}], "forbids": [], "extra": true }
            """)
        #expect(problem.ids == ["p1", "pé\"2", "p2"])
        #expect(problem.edges == [PeerEdge(a: 0, b: 2, score: 80)])
        #expect(problem.pins.map { [$0.0, $0.1] } == [[0, 2]])
    }

    @Test("bad input gets a coded error, never a crash", arguments: [
        ("", "json.malformed"),
        ("{\"people\":[{\"id\":\"a\"}]", "json.malformed"),
        ("{\"people\":[{\"id\":\"a\"}]} x", "json.malformed"),
        ("{\"edges\":[]}", "peer_input.missing_key"),
        ("{\"people\":[{\"id\":\"a\"},{\"id\":\"a\"}]}", "peer_input.duplicate_id"),
        ("{\"people\":[{\"id\":\"\"}]}", "peer_input.empty_id"),
        ("{\"people\":[{\"id\":7}]}", "peer_input.not_a_string"),
        ("{\"people\":[{\"id\":\"a\"}],\"edges\":[{\"a\":\"a\",\"b\":\"zz\",\"score\":1}]}", "peer_input.unknown_id"),
        ("{\"people\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"edges\":[{\"a\":\"a\",\"b\":\"b\",\"score\":101}]}", "peer_input.bad_score"),
        ("{\"people\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"edges\":[{\"a\":\"a\",\"b\":\"b\",\"score\":-1}]}", "peer_input.bad_score"),
        ("{\"people\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"edges\":[{\"a\":\"a\",\"b\":\"b\",\"score\":7.5}]}", "peer_input.bad_score"),
        ("{\"people\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"edges\":[{\"a\":\"a\",\"b\":\"b\",\"score\":\"7\"}]}", "peer_input.bad_score"),
        ("{\"people\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"edges\":[{\"a\":\"a\",\"b\":\"b\"}]}", "peer_input.missing_key"),
        ("{\"people\":[],\"people\":[]}", "peer_input.duplicate_key"),
        ("{\"people\":[{\"id\":\"\\ud800\"}]}", "json.malformed"),
    ])
    func errors(text: String, expected: String) {
        #expect(code(text) == expected)
    }

    @Test("deep nesting is refused, not a stack overflow")
    func deepNesting() {
        #expect(code(String(repeating: "[", count: 5000)) == "json.malformed")
        #expect(code("{\"people\":[],\"x\":" + String(repeating: "[", count: 5000) + "}") == "json.too_deep")
    }

    @Test("errors say where the problem is")
    func messages() throws {
        let text = "{\"people\":[{\"id\":\"a\"}],\"edges\":[{\"a\":\"a\",\"b\":\"ghost\",\"score\":1}]}"
        #expect(throws: PeerInputError.unknownId("ghost", in: "edges[0]")) { try parse(text) }
    }

    @Test("the result is written in a stable order, with escaped ids")
    func writes() {
        let result = PeerResult(
            objective: .coverage, totalScore: 80, pairs: [PeerPairing(a: 0, b: 2, score: 80)],
            unpaired: [PeerUnpaired(index: 1, reason: .oddOneOut)])
        let text = String(decoding: PeerResultJSON.serialise(result, ids: ["a", "b\"\n", "c"]), as: UTF8.self)
        #expect(text.contains("\"objective\": \"coverage\",\n  \"total_score\": 80,"))
        #expect(text.contains("{\"a\": \"a\", \"b\": \"c\", \"score\": 80}"))
        #expect(text.contains("{\"id\": \"b\\\"\\n\", \"reason\": \"odd_one_out\""))
    }
}
