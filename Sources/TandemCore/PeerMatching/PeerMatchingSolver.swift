/// Exact pairing within one pool: a maximum-weight matching on the general graph of allowed pairs.
public enum PeerMatchingSolver {
    public static func solve(_ problem: PeerProblem, objective: PeerObjective) throws(PeerProblemError) -> PeerResult {
        let graph = try PeerGraph(problem)
        let pins = try PeerPins.resolve(problem, graph)
        var pinned = [Bool](repeating: false, count: graph.count)
        for pin in pins {
            pinned[pin.a] = true
            pinned[pin.b] = true
        }
        let engineEdges = weighted(graph.edges, objective: objective, count: graph.count, skipping: pinned)
        let partners = CertifiedMatching.solve(vertexCount: graph.count, edges: engineEdges).partners

        var pairs = pins
        for a in 0..<graph.count where partners[a] > a {
            pairs.append(PeerPairing(a: a, b: partners[a], score: graph.table[a, partners[a]] ?? 0))
        }
        pairs.sort { $0.a < $1.a }
        var result = PeerResult(
            objective: objective,
            totalScore: pairs.reduce(0) { $0 + $1.score },
            pairs: pairs,
            unpaired: unpaired(graph, pairs: pairs, objective: objective)
        )
        if problem.allowTrio { PeerTrioPlacement.attach(to: &result, graph: graph) }
        return result
    }

    /// The engine's weights. For `coverage` every pair gets a bonus larger than any total score,
    /// so one more pair always beats any score gain; zero scores then still count. For `score`
    /// zero-score pairs are left out, as they cannot raise the total.
    static func weighted(
        _ edges: [PeerEdge], objective: PeerObjective, count: Int, skipping pinned: [Bool]
    ) -> [WeightedEdge] {
        let bonus = objective == .coverage ? 100 * (count / 2) + 1 : 0
        var out: [WeightedEdge] = []
        out.reserveCapacity(edges.count)
        for edge in edges where !pinned[edge.a] && !pinned[edge.b] {
            if objective == .score && edge.score == 0 { continue }
            out.append(WeightedEdge(edge.a, edge.b, edge.score + bonus))
        }
        return out
    }

    private static func unpaired(_ graph: PeerGraph, pairs: [PeerPairing], objective: PeerObjective) -> [PeerUnpaired] {
        var paired = [Bool](repeating: false, count: graph.count)
        for pair in pairs {
            paired[pair.a] = true
            paired[pair.b] = true
        }
        var degree = [Int](repeating: 0, count: graph.count)
        var positive = [Int](repeating: 0, count: graph.count)
        for edge in graph.edges where !paired[edge.a] || !paired[edge.b] {
            degree[edge.a] += 1
            degree[edge.b] += 1
            if edge.score > 0 {
                positive[edge.a] += 1
                positive[edge.b] += 1
            }
        }
        return (0..<graph.count).filter { !paired[$0] }.map { index in
            let reason: PeerUnpairedReason =
                degree[index] == 0 ? .noEligiblePartner
                : objective == .score && positive[index] == 0 ? .noPositiveScore
                : .oddOneOut
            return PeerUnpaired(index: index, reason: reason)
        }
    }
}
