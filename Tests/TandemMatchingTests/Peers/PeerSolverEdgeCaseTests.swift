import Testing
import TandemCore
@testable import TandemMatching

@Suite("Peer matching edge cases")
struct PeerSolverEdgeCaseTests {
    private func ids(_ n: Int) -> [String] { (0..<n).map { "p\($0)" } }

    @Test("an empty pool gives an empty result", arguments: PeerObjective.allCases)
    func empty(objective: PeerObjective) throws {
        let result = try PeerMatchingSolver.solve(PeerProblem(ids: [], edges: []), objective: objective)
        #expect(result == PeerResult(objective: objective, totalScore: 0, pairs: [], unpaired: []))
    }

    @Test("a single person has no eligible partner")
    func single() throws {
        let result = try PeerMatchingSolver.solve(PeerProblem(ids: ["solo"], edges: []), objective: .score)
        #expect(result.unpaired == [PeerUnpaired(index: 0, reason: .noEligiblePartner)])
    }

    @Test("forbidding every pair leaves everyone unpaired")
    func allForbidden() throws {
        // arrange
        let edges = [PeerEdge(a: 0, b: 1, score: 90), PeerEdge(a: 1, b: 2, score: 80), PeerEdge(a: 0, b: 2, score: 70)]
        let problem = PeerProblem(ids: ids(3), edges: edges, forbids: [(1, 0), (1, 2), (0, 2)])
        // act
        let result = try PeerMatchingSolver.solve(problem, objective: .coverage)
        // assert
        #expect(result.pairs.isEmpty)
        #expect(result.unpaired.map(\.reason) == Array(repeating: .noEligiblePartner, count: 3))
    }

    @Test("all scores tied on a complete graph pairs everyone but the odd one out")
    func tiedComplete() throws {
        let n = 9
        var edges: [PeerEdge] = []
        for a in 0..<n { for b in (a + 1)..<n { edges.append(PeerEdge(a: a, b: b, score: 50)) } }
        let result = try PeerMatchingSolver.solve(PeerProblem(ids: ids(n), edges: edges), objective: .score)
        #expect(result.pairs.count == 4)
        #expect(result.totalScore == 200)
        #expect(result.unpaired.map(\.reason) == [.oddOneOut])
    }

    @Test("score leaves zero-score pairs out; coverage uses them")
    func zeroScores() throws {
        let problem = PeerProblem(ids: ids(4), edges: [PeerEdge(a: 0, b: 1, score: 0), PeerEdge(a: 2, b: 3, score: 40)])
        let byScore = try PeerMatchingSolver.solve(problem, objective: .score)
        let byCoverage = try PeerMatchingSolver.solve(problem, objective: .coverage)
        #expect(byScore.pairs.map(\.a) == [2])
        #expect(byScore.unpaired.map(\.reason) == [.noPositiveScore, .noPositiveScore])
        #expect(byCoverage.pairs.count == 2)
        #expect(byCoverage.totalScore == 40)
    }

    @Test("coverage trades score for one more pair")
    func coverageBeatsScore() throws {
        // A path a–b–c–d: the heavy middle pair strands both ends.
        let edges = [PeerEdge(a: 0, b: 1, score: 30), PeerEdge(a: 1, b: 2, score: 100), PeerEdge(a: 2, b: 3, score: 30)]
        let problem = PeerProblem(ids: ids(4), edges: edges)
        #expect(try PeerMatchingSolver.solve(problem, objective: .score).totalScore == 100)
        let coverage = try PeerMatchingSolver.solve(problem, objective: .coverage)
        #expect(coverage.pairs.count == 2)
        #expect(coverage.totalScore == 60)
    }

    @Test("pins are kept and the rest is optimised around them")
    func pins() throws {
        let edges = [PeerEdge(a: 0, b: 1, score: 100), PeerEdge(a: 0, b: 2, score: 10), PeerEdge(a: 1, b: 3, score: 10)]
        let problem = PeerProblem(ids: ids(4), edges: edges, pins: [(2, 0)])
        let result = try PeerMatchingSolver.solve(problem, objective: .score)
        #expect(result.pairs == [PeerPairing(a: 0, b: 2, score: 10, pinned: true), PeerPairing(a: 1, b: 3, score: 10)])
    }

    @Test("a pin on a forbidden pair or a person pinned twice is refused")
    func pinConflicts() {
        let edges = [PeerEdge(a: 0, b: 1, score: 50), PeerEdge(a: 1, b: 2, score: 50)]
        #expect(throws: PeerProblemError.self) {
            try PeerMatchingSolver.solve(PeerProblem(ids: ids(3), edges: edges, pins: [(0, 1)], forbids: [(0, 1)]), objective: .score)
        }
        #expect(throws: PeerProblemError.self) {
            try PeerMatchingSolver.solve(PeerProblem(ids: ids(3), edges: edges, pins: [(0, 1), (1, 2)]), objective: .score)
        }
    }

    @Test("a trio absorbs the odd person where it adds the most")
    func trio() throws {
        // arrange: 0–1 and 2–3 pair up; 4 likes both members of 2–3 more.
        let edges = [
            PeerEdge(a: 0, b: 1, score: 90), PeerEdge(a: 2, b: 3, score: 90), PeerEdge(a: 4, b: 0, score: 30),
            PeerEdge(a: 4, b: 1, score: 30), PeerEdge(a: 4, b: 2, score: 40), PeerEdge(a: 4, b: 3, score: 35),
        ]
        let problem = PeerProblem(ids: ids(5), edges: edges, allowTrio: true)
        // act
        let result = try PeerMatchingSolver.solve(problem, objective: .score)
        // assert
        #expect(result.trio == PeerTrio(pair: PeerPairing(a: 2, b: 3, score: 90), third: 4, addedScore: 75))
        #expect(result.unpaired.isEmpty)
        #expect(result.totalScore == 180)
    }

    @Test("a trio needs pairs with both members")
    func noTrioWithoutBothEdges() throws {
        let edges = [PeerEdge(a: 0, b: 1, score: 90), PeerEdge(a: 2, b: 0, score: 50)]
        let result = try PeerMatchingSolver.solve(PeerProblem(ids: ids(3), edges: edges, allowTrio: true), objective: .score)
        #expect(result.trio == nil)
        #expect(result.unpaired.map(\.index) == [2])
    }

    @Test("invalid problems are refused with a coded error")
    func invalid() {
        let cases: [([PeerEdge], String)] = [
            ([PeerEdge(a: 1, b: 1, score: 5)], "peer.self_pair"),
            ([PeerEdge(a: 0, b: 1, score: 5), PeerEdge(a: 1, b: 0, score: 6)], "peer.duplicate_edge"),
            ([PeerEdge(a: 0, b: 1, score: 101)], "peer.score_out_of_range"),
            ([PeerEdge(a: 0, b: 7, score: 5)], "peer.index_out_of_range"),
        ]
        for (edges, code) in cases {
            do {
                _ = try PeerMatchingSolver.solve(PeerProblem(ids: ids(3), edges: edges), objective: .score)
                Issue.record("expected \(code)")
            } catch {
                #expect(error.code == code)
            }
        }
    }

    @Test("a duplicate edge with the same score is accepted once")
    func sameDuplicate() throws {
        let edges = [PeerEdge(a: 0, b: 1, score: 5), PeerEdge(a: 1, b: 0, score: 5)]
        let result = try PeerMatchingSolver.solve(PeerProblem(ids: ids(2), edges: edges), objective: .score)
        #expect(result.pairs == [PeerPairing(a: 0, b: 1, score: 5)])
    }
}
