/// Maximum-weight matching on a general graph: Edmonds' blossom algorithm in the O(n³)
/// primal–dual form of Galil (1986), structured after Joris van Rantwijk's `mwmatching.py`.
///
/// Vertices are `0..<n`, non-trivial blossoms are `n..<2n`. Edge `k` has the endpoints `2k` and
/// `2k + 1`, so `p ^ 1` is the other end of endpoint `p`. Vertex duals are stored doubled, which
/// keeps every quantity an integer when the weights are integers.
struct BlossomMatcher {
    let n: Int
    /// `endpoint[p]` is the vertex at endpoint `p`.
    let endpoint: [Int]
    let weight: [Int]
    /// The remote endpoints of vertex `v`'s edges are `neighbourEnds[neighbourStart[v]..<neighbourStart[v + 1]]`.
    let neighbourStart: [Int]
    let neighbourEnds: [Int]

    /// `mate[v]` is the remote endpoint of v's matched edge, or -1.
    var mate: [Int]
    /// 0 = free, 1 = S (outer), 2 = T (inner); bit 4 marks a breadcrumb while scanning.
    var label: [Int]
    /// The endpoint through which a vertex or blossom got its label, or -1.
    var labelEnd: [Int]
    var inBlossom: [Int]
    var blossomParent: [Int]
    var blossomChilds: [[Int]]
    var blossomBase: [Int]
    /// `blossomEndps[b][i]` joins child `i` (its vertex) to child `i + 1` (the vertex at `^ 1`).
    var blossomEndps: [[Int]]
    /// Least-slack edge to an S-blossom (for free vertices and S-blossoms), or -1.
    var bestEdge: [Int]
    var blossomBestEdges: [[Int]?]
    var unusedBlossoms: [Int]
    /// Doubled vertex duals for `0..<n`, blossom duals `z` for `n..<2n`.
    var dual: [Int]
    var allowEdge: [Bool]
    var queue: [Int] = []
    /// Scratch for `addBlossom`, kept to avoid an O(n) allocation per blossom.
    var bestEdgeTo: [Int]

    /// `edges` are `(a, b, weight)` with `a != b`, both in `0..<vertexCount`.
    init(vertexCount n: Int, edges: [(Int, Int, Int)]) {
        self.n = n
        var endpoint = [Int](repeating: 0, count: 2 * edges.count)
        var weight = [Int](repeating: 0, count: edges.count)
        var degree = [Int](repeating: 0, count: n + 1)
        for (k, edge) in edges.enumerated() {
            endpoint[2 * k] = edge.0
            endpoint[2 * k + 1] = edge.1
            weight[k] = edge.2
            degree[edge.0] += 1
            degree[edge.1] += 1
        }
        var start = [Int](repeating: 0, count: n + 1)
        for v in 0..<n { start[v + 1] = start[v] + degree[v] }
        var fill = start
        var ends = [Int](repeating: 0, count: 2 * edges.count)
        for k in 0..<edges.count {
            let (a, b) = (endpoint[2 * k], endpoint[2 * k + 1])
            ends[fill[a]] = 2 * k + 1
            fill[a] += 1
            ends[fill[b]] = 2 * k
            fill[b] += 1
        }
        self.endpoint = endpoint
        self.weight = weight
        self.neighbourStart = start
        self.neighbourEnds = ends
        let maxWeight = max(0, weight.max() ?? 0)
        mate = Array(repeating: -1, count: n)
        label = Array(repeating: 0, count: 2 * n)
        labelEnd = Array(repeating: -1, count: 2 * n)
        inBlossom = Array(0..<n)
        blossomParent = Array(repeating: -1, count: 2 * n)
        blossomChilds = Array(repeating: [], count: 2 * n)
        blossomBase = Array(0..<n) + Array(repeating: -1, count: n)
        blossomEndps = Array(repeating: [], count: 2 * n)
        bestEdge = Array(repeating: -1, count: 2 * n)
        blossomBestEdges = Array(repeating: nil, count: 2 * n)
        unusedBlossoms = Array(n..<(2 * n))
        dual = Array(repeating: maxWeight, count: n) + Array(repeating: 0, count: n)
        allowEdge = Array(repeating: false, count: edges.count)
        bestEdgeTo = Array(repeating: -1, count: 2 * n)
    }

    /// Twice the slack of edge `k`, ignoring blossom duals (valid between different top-level blossoms).
    @inline(__always)
    func slack(_ k: Int) -> Int {
        dual[endpoint[2 * k]] + dual[endpoint[2 * k + 1]] - 2 * weight[k]
    }

    /// The vertex partner of each vertex, or -1.
    var partners: [Int] {
        mate.map { $0 >= 0 ? endpoint[$0] : -1 }
    }

    /// The vertices inside `b`, in the order of its children.
    func leaves(of b: Int) -> [Int] {
        if b < n { return [b] }
        var out: [Int] = []
        var stack = [b]
        while let x = stack.popLast() {
            if x < n { out.append(x) } else { stack.append(contentsOf: blossomChilds[x].reversed()) }
        }
        return out
    }

    /// Python-style index into a blossom's cyclic child list, where `j` may be negative.
    @inline(__always)
    static func cyclic(_ j: Int, _ count: Int) -> Int {
        ((j % count) + count) % count
    }
}
