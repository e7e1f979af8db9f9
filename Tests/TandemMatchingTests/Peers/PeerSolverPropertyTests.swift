import Testing
import TandemCore
@testable import TandemMatching

@Suite("Peer matching agrees with brute force")
struct PeerSolverPropertyTests {
    @Test("random graphs up to 12 people", arguments: PeerObjective.allCases)
    func matchesBruteForce(objective: PeerObjective) throws {
        var rng = SeededGenerator(seed: 20_240_607)
        for round in 0..<600 {
            // arrange: sizes 0...12, sparse to complete, with many ties in some rounds.
            let n = round % 13
            let density = [0.15, 0.4, 0.7, 1.0][round % 4]
            let scores = round % 3 == 0 ? 0...3 : 0...100
            let problem = randomProblem(n, density: density, scores: scores, using: &rng)
            // act
            let result = try PeerMatchingSolver.solve(problem, objective: objective)
            // assert
            let best = BruteForceMatching.best(n, problem.edges, objective: objective)
            #expect(isValidMatching(result, problem), "round \(round)")
            #expect(result.totalScore == best.score, "round \(round): \(result.totalScore) vs \(best.score)")
            if objective == .coverage { #expect(result.pairs.count == best.pairs, "round \(round)") }
        }
    }

    @Test("pruned solve with repair equals the full solve on dense graphs")
    func certifiedEqualsFull() {
        var rng = SeededGenerator(seed: 77)
        for round in 0..<12 {
            // arrange: a clustered dense graph, and candidate lists short enough to force repairs.
            let n = 60 + round * 7
            let cluster = (0..<n).map { _ in Int.random(in: 0..<4, using: &rng) }
            var edges: [WeightedEdge] = []
            for a in 0..<n {
                for b in (a + 1)..<n where Double.random(in: 0..<1, using: &rng) < 0.8 {
                    let base = cluster[a] == cluster[b] ? 55 : 15
                    edges.append(WeightedEdge(a, b, base + Int.random(in: 0...45, using: &rng)))
                }
            }
            // act
            let full = CertifiedMatching.solve(vertexCount: n, edges: edges, perVertex: n)
            let pruned = CertifiedMatching.solve(vertexCount: n, edges: edges, perVertex: 1 + round % 3)
            // assert
            #expect(total(full.partners, edges) == total(pruned.partners, edges), "round \(round)")
        }
    }

    private func total(_ partners: [Int], _ edges: [WeightedEdge]) -> Int {
        edges.reduce(0) { sum, e in partners[Int(e.a)] == Int(e.b) ? sum + Int(e.weight) : sum }
    }
}
