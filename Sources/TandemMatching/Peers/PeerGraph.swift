import TandemCore

/// A validated `PeerProblem`: distinct, in-range, scored edges with forbidden pairs removed.
struct PeerGraph: Sendable {
    let count: Int
    /// Each allowed pair once, `a < b`, in input order; `weight` is the score. Compact (12 bytes
    /// an edge), as a complete graph of 2,000 people has 2M of them.
    private(set) var edges: [WeightedEdge] = []
    private(set) var table: PairScoreTable

    init(_ problem: PeerProblem) throws(PeerProblemError) {
        count = problem.ids.count
        table = PairScoreTable(count: count)
        edges.reserveCapacity(problem.edges.count)
        for (index, edge) in problem.edges.enumerated() {
            try check(edge, at: index, ids: problem.ids)
            let (a, b) = (min(edge.a, edge.b), max(edge.a, edge.b))
            if let first = table[a, b] {
                // The same pair twice is harmless when it agrees with itself.
                guard first == edge.score else {
                    throw .conflictingDuplicate(
                        edge: index, a: problem.ids[a], b: problem.ids[b], first: first, second: edge.score)
                }
                continue
            }
            table[a, b] = edge.score
            edges.append(WeightedEdge(a, b, edge.score))
        }
        guard !problem.forbids.isEmpty else { return }
        for (number, pair) in problem.forbids.enumerated() {
            guard inRange(pair.0), inRange(pair.1) else { throw .indexOutOfRange(what: "forbids[\(number)]") }
            table[pair.0, pair.1] = nil
        }
        edges.removeAll { table[Int($0.a), Int($0.b)] == nil }
    }

    func inRange(_ index: Int) -> Bool { index >= 0 && index < count }

    private func check(_ edge: PeerEdge, at index: Int, ids: [String]) throws(PeerProblemError) {
        guard inRange(edge.a), inRange(edge.b) else { throw .indexOutOfRange(what: "edges[\(index)]") }
        guard edge.a != edge.b else { throw .selfPair(edge: index, id: ids[edge.a]) }
        guard (0...100).contains(edge.score) else { throw .scoreOutOfRange(edge: index, score: edge.score) }
    }
}
