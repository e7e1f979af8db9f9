import TandemCore

/// Exact maximum-weight matching that stays fast on dense graphs.
///
/// It solves on each vertex's top candidates, then checks dual feasibility of **every** edge
/// left out, using the duals of the final solution (vertex duals plus the duals of blossoms
/// holding both ends). If all are feasible, weak duality proves the sparse optimum is optimal for
/// the whole graph. Otherwise the violating edges join the candidate set and the matcher carries
/// on warm (`BlossomMatcher.addEdges`): it keeps its matching, blossoms and duals, raises just
/// enough duals to make the new edges feasible, and re-solves only around the vertices that
/// this unmatched. The set only grows, so this ends, at worst with the whole graph.
enum CertifiedMatching {
    struct Outcome: Sendable {
        /// Vertex partner of each vertex, or -1.
        let partners: [Int]
        /// Solves run (1 when the first candidate set was already provably optimal).
        let rounds: Int
        let candidateEdges: Int
        /// Vertices unmatched by warm repairs, summed over the rounds.
        var repairedVertices = 0
        /// The final duals, feasible for every edge of the whole graph.
        var certificate = PeerDualCertificate(scale: 1, vertexDuals: [], blossoms: [])
    }

    /// `pruneAbove`: graphs with at most this many edges are solved whole (tests lower it to
    /// force pruning and repairs on small graphs).
    static func solve(
        vertexCount n: Int, edges: [WeightedEdge], perVertex k: Int = 15, pruneAbove: Int? = nil
    ) -> Outcome {
        if edges.count <= pruneAbove ?? max(256, 4 * n * k) {
            var matcher = BlossomMatcher(vertexCount: n, edges: edges.map(tuple))
            matcher.run()
            return Outcome(
                partners: matcher.partners, rounds: 1, candidateEdges: edges.count,
                certificate: matcher.certificate)
        }
        let active = TopCandidates.select(vertexCount: n, edges: edges, perVertex: k)
        var matcher = BlossomMatcher(vertexCount: n, edges: active.map { tuple(edges[$0]) })
        var candidates = active.count
        var rounds = 0
        var repaired = 0
        while true {
            rounds += 1
            matcher.run()
            let violated = violations(of: matcher, edges)
            if violated.isEmpty {
                return Outcome(
                    partners: matcher.partners, rounds: rounds, candidateEdges: candidates,
                    repairedVertices: repaired, certificate: matcher.certificate)
            }
            candidates += violated.count
            if matcher.scale > 1 << 40 {
                // Weights double per repair; far beyond any real case, start over on everything.
                var whole = BlossomMatcher(vertexCount: n, edges: edges.map(tuple))
                whole.run()
                return Outcome(
                    partners: whole.partners, rounds: rounds + 1, candidateEdges: edges.count,
                    certificate: whole.certificate)
            }
            repaired += matcher.addEdges(violated.map { tuple(edges[$0]) })
        }
    }

    /// Edges whose reduced cost under the matcher's final duals is negative.
    static func violations(of matcher: BlossomMatcher, _ edges: [WeightedEdge]) -> [Int] {
        var out: [Int] = []
        let dual = matcher.dual
        let scale = matcher.scale
        for (e, edge) in edges.enumerated() {
            let (i, j, w) = (Int(edge.a), Int(edge.b), Int(edge.weight))
            if dual[i] + dual[j] - 2 * w * scale >= 0 { continue }  // fast path: blossom duals only add.
            if matcher.certifiedSlack(i, j, w) < 0 { out.append(e) }
        }
        return out
    }

    @inline(__always)
    private static func tuple(_ edge: WeightedEdge) -> (Int, Int, Int) {
        (Int(edge.a), Int(edge.b), Int(edge.weight))
    }
}
