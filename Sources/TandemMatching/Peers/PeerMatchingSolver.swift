import TandemCore

/// Exact pairing within one pool: a maximum-weight matching on the general graph of allowed pairs.
public enum PeerMatchingSolver {
    public static func solve(_ problem: PeerProblem, objective: PeerObjective) throws(PeerProblemError) -> PeerResult {
        try solveCertified(problem, objective: objective).result
    }

    /// Also returns the dual certificate that proves the engine's matching optimal, for an
    /// independent check (`bench/peers/check_certificate.py`, `solve-peers --certificate`).
    public static func solveCertified(
        _ problem: PeerProblem, objective: PeerObjective
    ) throws(PeerProblemError) -> (result: PeerResult, certificate: PeerDualCertificate) {
        let graph = try PeerGraph(problem)
        let pins = try PeerPins.resolve(problem, graph)
        var pinned = [Bool](repeating: false, count: graph.count)
        for pin in pins {
            pinned[pin.a] = true
            pinned[pin.b] = true
        }
        let engineEdges = weighted(graph.edges, objective: objective, count: graph.count, skipping: pinned)
        let outcome = CertifiedMatching.solve(vertexCount: graph.count, edges: engineEdges)
        let partners = outcome.partners

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
        return (result, outcome.certificate)
    }

    /// The engine's weights. For `coverage` every pair gets a bonus larger than any total score,
    /// so one more pair always beats any score gain; zero scores then still count. For `score`
    /// zero-score pairs are left out, as they cannot raise the total.
    static func weighted(
        _ edges: [WeightedEdge], objective: PeerObjective, count: Int, skipping pinned: [Bool]
    ) -> [WeightedEdge] {
        let bonus = Int32(objective == .coverage ? 100 * (count / 2) + 1 : 0)
        var out: [WeightedEdge] = []
        out.reserveCapacity(edges.count)
        for edge in edges where !pinned[Int(edge.a)] && !pinned[Int(edge.b)] {
            if objective == .score && edge.weight == 0 { continue }
            out.append(WeightedEdge(a: edge.a, b: edge.b, weight: edge.weight + bonus))
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
        for edge in graph.edges {
            let (a, b) = (Int(edge.a), Int(edge.b))
            if paired[a] && paired[b] { continue }
            degree[a] += 1
            degree[b] += 1
            if edge.weight > 0 {
                positive[a] += 1
                positive[b] += 1
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
