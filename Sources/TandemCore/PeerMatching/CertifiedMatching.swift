/// Exact maximum-weight matching that stays fast on dense graphs.
///
/// It solves on each vertex's top candidates, then checks dual feasibility of **every** edge
/// left out, using the duals of the final solution (vertex duals plus the duals of blossoms
/// holding both ends). If all are feasible, weak duality proves the sparse optimum is optimal for
/// the whole graph. Otherwise the violating edges join the candidate set and it solves again;
/// the set only grows, so this ends, at worst with the whole graph.
enum CertifiedMatching {
    struct Outcome: Sendable {
        /// Vertex partner of each vertex, or -1.
        let partners: [Int]
        /// Solves run (1 when the first candidate set was already provably optimal).
        let rounds: Int
        let candidateEdges: Int
    }

    static func solve(vertexCount n: Int, edges: [WeightedEdge], perVertex k: Int = 15) -> Outcome {
        if edges.count <= max(256, 4 * n * k) {
            return Outcome(partners: matchAll(n, edges, edges.indices), rounds: 1, candidateEdges: edges.count)
        }
        var active = TopCandidates.select(vertexCount: n, edges: edges, perVertex: k)
        var rounds = 0
        while true {
            rounds += 1
            var matcher = BlossomMatcher(vertexCount: n, edges: active.map { tuple(edges[$0]) })
            matcher.run()
            let violated = violations(of: matcher, edges)
            if violated.isEmpty {
                return Outcome(partners: matcher.partners, rounds: rounds, candidateEdges: active.count)
            }
            active = merged(active, violated)
            if 2 * active.count > edges.count {
                let partners = matchAll(n, edges, edges.indices)
                return Outcome(partners: partners, rounds: rounds + 1, candidateEdges: edges.count)
            }
        }
    }

    /// Edges whose reduced cost under the matcher's final duals is negative.
    static func violations(of matcher: BlossomMatcher, _ edges: [WeightedEdge]) -> [Int] {
        var out: [Int] = []
        let dual = matcher.dual
        for (e, edge) in edges.enumerated() {
            let (i, j, w) = (Int(edge.a), Int(edge.b), Int(edge.weight))
            if dual[i] + dual[j] - 2 * w >= 0 { continue }  // fast path: blossom duals only add.
            if matcher.certifiedSlack(i, j, w) < 0 { out.append(e) }
        }
        return out
    }

    private static func matchAll(_ n: Int, _ edges: [WeightedEdge], _ indices: Range<Int>) -> [Int] {
        var matcher = BlossomMatcher(vertexCount: n, edges: indices.map { tuple(edges[$0]) })
        matcher.run()
        return matcher.partners
    }

    /// The sorted union of two sorted index lists.
    static func merged(_ x: [Int], _ y: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(x.count + y.count)
        var (i, j) = (0, 0)
        while i < x.count || j < y.count {
            let next = j == y.count || (i < x.count && x[i] <= y[j]) ? x[i] : y[j]
            if i < x.count && x[i] == next { i += 1 }
            if j < y.count && y[j] == next { j += 1 }
            out.append(next)
        }
        return out
    }

    @inline(__always)
    private static func tuple(_ edge: WeightedEdge) -> (Int, Int, Int) {
        (Int(edge.a), Int(edge.b), Int(edge.weight))
    }
}
