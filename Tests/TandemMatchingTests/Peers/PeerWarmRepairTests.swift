import Testing
import TandemCore
@testable import TandemMatching

/// The warm repair path of `CertifiedMatching`: pruned rounds that fail the dual check and are
/// continued from the previous matching and duals instead of being solved again from scratch.
@Suite("Warm repair after a failed optimality check")
struct PeerWarmRepairTests {
    @Test("a star whose top-1 candidates miss the optimum is repaired to it")
    func engineeredFirstRoundFails() {
        // arrange: every vertex's best edge goes to vertex 0, so the pruned optimum is 10,
        // but 0–3 plus 1–2 is worth 15.
        let edges = [
            WeightedEdge(0, 1, 10), WeightedEdge(0, 2, 9), WeightedEdge(0, 3, 8),
            WeightedEdge(1, 2, 7), WeightedEdge(2, 3, 1), WeightedEdge(1, 3, 1),
        ]
        // act
        let outcome = CertifiedMatching.solve(vertexCount: 4, edges: edges, perVertex: 1, pruneAbove: 0)
        // assert
        #expect(outcome.rounds >= 2)
        #expect(total(outcome.partners, edges) == 15)
        #expect(outcome.partners[0] == 3 && outcome.partners[1] == 2)
    }

    @Test("an odd cycle found first, then broken up by a heavier outside edge")
    func repairDissolvesBlossom() {
        // arrange: a heavy triangle 0-1-2 with a pendant 3; top-2 keeps only the triangle.
        // The optimum uses the edge 2–3 left out: then 0–1 and 2–3.
        let edges = [
            WeightedEdge(0, 1, 50), WeightedEdge(1, 2, 50), WeightedEdge(0, 2, 50),
            WeightedEdge(2, 3, 40), WeightedEdge(0, 4, 5), WeightedEdge(1, 4, 4), WeightedEdge(3, 4, 3),
        ]
        // act
        let outcome = CertifiedMatching.solve(vertexCount: 5, edges: edges, perVertex: 1, pruneAbove: 0)
        // assert
        #expect(total(outcome.partners, edges) == bruteForce(5, edges))
    }

    @Test("pruned and repaired equals brute force on small random graphs", arguments: [1, 2, 3])
    func repairedMatchesBruteForce(perVertex: Int) {
        var rng = SeededGenerator(seed: 4_242 + UInt64(perVertex))
        var repairedRounds = 0
        for round in 0..<400 {
            // arrange: up to 12 vertices, dense, scores with and without ties, and
            // coverage-style weights (a bonus per pair) in every third round.
            let n = 2 + round % 11
            let bonus = round % 3 == 2 ? 100 * (n / 2) + 1 : 0
            let top = round % 2 == 0 ? 4 : 100
            var edges: [WeightedEdge] = []
            for a in 0..<n {
                for b in (a + 1)..<n where Double.random(in: 0..<1, using: &rng) < 0.75 {
                    edges.append(WeightedEdge(a, b, Int.random(in: 0...top, using: &rng) + bonus))
                }
            }
            // act
            let outcome = CertifiedMatching.solve(vertexCount: n, edges: edges, perVertex: perVertex, pruneAbove: 0)
            // assert
            if outcome.rounds > 1 { repairedRounds += 1 }
            #expect(isMatching(outcome.partners, edges), "round \(round)")
            #expect(total(outcome.partners, edges) == bruteForce(n, edges), "round \(round)")
        }
        #expect(repairedRounds > 20, "the repair path must actually be exercised")
    }

    @Test("adding any edges warm gives the same optimum as a cold solve")
    func warmAddEqualsCold() {
        var rng = SeededGenerator(seed: 9_001)
        for round in 0..<150 {
            // arrange: a random graph split into a first batch and one to three later batches.
            let n = 4 + round % 30
            var batches: [[(Int, Int, Int)]] = [[], [], [], []]
            for a in 0..<n {
                for b in (a + 1)..<n where Double.random(in: 0..<1, using: &rng) < 0.5 {
                    let w = Int.random(in: 1...(round % 2 == 0 ? 6 : 90), using: &rng)
                    batches[Int.random(in: 0...(1 + round % 3), using: &rng)].append((a, b, w))
                }
            }
            let all = batches.flatMap { $0 }
            // act
            var warm = BlossomMatcher(vertexCount: n, edges: batches[0])
            warm.run()
            for batch in batches.dropFirst() where !batch.isEmpty {
                warm.addEdges(batch)
                warm.run()
            }
            var cold = BlossomMatcher(vertexCount: n, edges: all)
            cold.run()
            // assert: same weight, and the warm duals prove it (feasible on every edge).
            let edges = all.map { WeightedEdge($0.0, $0.1, $0.2) }
            #expect(isMatching(warm.partners, edges), "round \(round)")
            #expect(total(warm.partners, edges) == total(cold.partners, edges), "round \(round)")
            #expect(all.allSatisfy { warm.certifiedSlack($0.0, $0.1, $0.2) >= 0 }, "round \(round)")
        }
    }

    private func total(_ partners: [Int], _ edges: [WeightedEdge]) -> Int {
        edges.reduce(0) { sum, e in partners[Int(e.a)] == Int(e.b) ? sum + Int(e.weight) : sum }
    }

    private func isMatching(_ partners: [Int], _ edges: [WeightedEdge]) -> Bool {
        let allowed = Set(edges.map { [Int($0.a), Int($0.b)] })
        return partners.indices.allSatisfy { v in
            let p = partners[v]
            return p == -1 || (partners[p] == v && allowed.contains([min(v, p), max(v, p)]))
        }
    }

    private func bruteForce(_ n: Int, _ edges: [WeightedEdge]) -> Int {
        let asPeer = edges.map { PeerEdge(a: Int($0.a), b: Int($0.b), score: Int($0.weight)) }
        return BruteForceMatching.best(n, asPeer, objective: .score).score
    }
}

@Suite("The dual certificate proves the result")
struct PeerDualCertificateTests {
    @Test("duals are feasible on every edge, with complementary slackness", arguments: PeerObjective.allCases)
    func certificateHolds(objective: PeerObjective) throws {
        var rng = SeededGenerator(seed: 31_337)
        for round in 0..<40 {
            // arrange: dense pools; from 140 people on they are pruned (and often repaired).
            let n = round % 2 == 0 ? 20 + round : 140 + 2 * round
            let problem = randomProblem(n, density: 0.9, scores: round % 2 == 0 ? 0...5 : 0...100, using: &rng)
            // act
            let (result, proof) = try PeerMatchingSolver.solveCertified(problem, objective: objective)
            // assert
            let bonus = objective == .coverage ? 100 * (n / 2) + 1 : 0
            var mate = [Int](repeating: -1, count: n)
            for pair in result.pairs { (mate[pair.a], mate[pair.b]) = (pair.b, pair.a) }
            func reduced(_ i: Int, _ j: Int, _ w: Int) -> Int {
                var s = proof.vertexDuals[i] + proof.vertexDuals[j] - 2 * w * proof.scale
                for blossom in proof.blossoms where blossom.members.contains(i) && blossom.members.contains(j) {
                    s += 2 * blossom.z
                }
                return s
            }
            for edge in problem.edges where objective == .coverage || edge.score > 0 {
                let s = reduced(edge.a, edge.b, edge.score + bonus)
                #expect(s >= 0, "round \(round): edge \(edge) infeasible")
                if mate[edge.a] == edge.b { #expect(s == 0, "round \(round): matched edge not tight") }
            }
            for v in 0..<n where mate[v] == -1 { #expect(proof.vertexDuals[v] == 0, "round \(round)") }
            for blossom in proof.blossoms {
                let inside = Set(blossom.members)
                let matched = blossom.members.filter { inside.contains(mate[$0]) }.count / 2
                #expect(matched == (blossom.members.count - 1) / 2, "round \(round)")
            }
        }
    }
}
