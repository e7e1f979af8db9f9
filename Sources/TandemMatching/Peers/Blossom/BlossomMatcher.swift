import TandemCore

/// Maximum-weight matching on a general graph: Edmonds' blossom algorithm in the O(n³)
/// primal–dual form of Galil (1986), structured after Joris van Rantwijk's `mwmatching.py`.
/// Peer pools use it through `CertifiedMatching`, which proves each result optimal.
///
/// The idea: every vertex has a dual `u`, every blossom (an odd cycle shrunk to one node) a
/// dual `z`. The duals stay feasible, `u_i + u_j + Σ z (blossoms holding both) ≥ 2·w` on every
/// edge, and the matching only uses tight edges (equality). When, in addition, single vertices
/// have `u = 0` and blossoms with `z > 0` are full, LP duality says no matching weighs more.
/// The algorithm works towards that in stages, and reads top to bottom in four files:
///
/// 1. This file: the state, and a start with many pairs already matched (`greedyStart`).
/// 2. `BlossomMatcher+Stages.swift`, the main loop. A stage grows alternating trees from the
///    single vertices whose dual is still positive, along tight edges; tree vertices are
///    labelled S (outer) or T (inner). Scanning an S-vertex's edges either reaches a free
///    vertex (it becomes T and its mate S), joins two trees (an augmenting path: the matching
///    grows), or closes an odd cycle within one tree (shrunk into a blossom, file 3). When no
///    tight edge is left, the dual step (`adjustDuals`) changes the duals by the largest
///    amount that keeps them feasible (delta1–delta4) and acts on whatever became tight.
/// 3. `BlossomMatcher+Blossoms.swift`: shrinking an odd cycle into an S-blossom, and
///    expanding a blossom into its children again when its dual reaches zero.
/// 4. `BlossomMatcher+Repair.swift`: the per-edge dual check that proves the result optimal
///    (`certifiedSlack`), and the warm repair that takes in more edges (`addEdges`).
///
/// Conventions: vertices are `0..<n`, non-trivial blossoms `n..<2n`. Edge `k` has the endpoints
/// `2k` and `2k + 1`, so `p ^ 1` is the other end of endpoint `p`. Vertex duals are stored
/// doubled, which keeps every quantity an integer when the weights are integers. Arrays of
/// length `2n` are indexed by vertex or blossom alike ("top-level blossom" includes a vertex
/// that is in no blossom).
struct BlossomMatcher {
    // MARK: The graph

    let n: Int
    /// `endpoint[p]` is the vertex at endpoint `p`.
    var endpoint: [Int]
    /// Edge weights times `scale` (see `addEdges`).
    var weight: [Int]
    /// The remote endpoints of vertex `v`'s edges are `neighbourEnds[neighbourStart[v]..<neighbourStart[v + 1]]`.
    var neighbourStart: [Int]
    var neighbourEnds: [Int]
    /// Every weight and dual is `scale` times its value in the caller's units. Warm repairs double it
    /// so that all duals are even again (see `addEdges`).
    var scale = 1

    // MARK: The matching and the duals (kept across stages)

    /// `mate[v]` is the remote endpoint of v's matched edge, or -1.
    var mate: [Int]
    /// Doubled vertex duals for `0..<n`, blossom duals `z` for `n..<2n`.
    var dual: [Int]

    // MARK: The blossoms (kept across stages)

    /// The top-level blossom holding each vertex (the vertex itself if none).
    var inBlossom: [Int]
    /// The blossom directly holding a vertex or blossom, or -1 at the top.
    var blossomParent: [Int]
    /// A blossom's children around its cycle, starting with the one that holds the base.
    var blossomChilds: [[Int]]
    /// The base vertex of each blossom (the one whose mate is outside); -1 for an unused index.
    var blossomBase: [Int]
    /// `blossomEndps[b][i]` joins child `i` (its vertex) to child `i + 1` (the vertex at `^ 1`).
    var blossomEndps: [[Int]]
    /// Blossom indices free for `addBlossom`.
    var unusedBlossoms: [Int]

    // MARK: The alternating trees (reset every stage)

    /// 0 = free, 1 = S (outer), 2 = T (inner); bit 4 marks a breadcrumb while scanning.
    var label: [Int]
    /// The endpoint through which a vertex or blossom got its label, or -1.
    var labelEnd: [Int]
    /// Edges known to be tight in this stage.
    var allowEdge: [Bool]
    /// S-vertices whose edges are still to be scanned.
    var queue: [Int] = []
    /// Least-slack edge to an S-blossom (for free vertices and S-blossoms), or -1: delta2, delta3.
    var bestEdge: [Int]
    /// Per S-blossom, its least-slack edge to each neighbouring S-blossom (nil: not collected).
    var blossomBestEdges: [[Int]?]
    /// Scratch for `addBlossom`, kept to avoid an O(n) allocation per blossom.
    var bestEdgeTo: [Int]

    /// `edges` are `(a, b, weight)` with `a != b`, both in `0..<vertexCount`.
    init(vertexCount n: Int, edges: [(Int, Int, Int)]) {
        self.n = n
        var endpoint = [Int](repeating: 0, count: 2 * edges.count)
        var weight = [Int](repeating: 0, count: edges.count)
        for (k, edge) in edges.enumerated() {
            endpoint[2 * k] = edge.0
            endpoint[2 * k + 1] = edge.1
            weight[k] = edge.2
        }
        self.endpoint = endpoint
        self.weight = weight
        (neighbourStart, neighbourEnds) = Self.adjacency(n, endpoint)
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
        dual = Array(repeating: 0, count: 2 * n)
        allowEdge = Array(repeating: false, count: edges.count)
        bestEdgeTo = Array(repeating: -1, count: 2 * n)
        greedyStart()
    }

    /// A jump start instead of the textbook one (every dual at half the largest weight, nothing
    /// matched): each vertex's dual starts at half its own heaviest edge, which is feasible, and
    /// then, vertex by vertex, a single vertex lowers its dual as far as its edges allow and takes
    /// a tight edge to another single vertex if there is one. Weights are doubled first (`scale`
    /// 2), so every dual stays even; matched edges are tight and blossom duals are zero, so
    /// `run()` continues from here with only the vertices left single as roots. On the 2,000-person
    /// benchmark this leaves 620 of 2,000 single instead of all of them.
    private mutating func greedyStart() {
        // Weights are doubled (scale 2) so that half of the heaviest edge is still an even dual.
        scale = 2
        for k in 0..<weight.count { weight[k] *= 2 }
        for k in 0..<weight.count {
            let (a, b, w) = (endpoint[2 * k], endpoint[2 * k + 1], max(0, weight[k]))
            if w > dual[a] { dual[a] = w }
            if w > dual[b] { dual[b] = w }
        }
        for v in 0..<n where mate[v] == -1 {
            var need = 0
            for index in neighbourStart[v]..<neighbourStart[v + 1] {
                let p = neighbourEnds[index]
                need = max(need, 2 * weight[p >> 1] - dual[endpoint[p]])
            }
            dual[v] = need
            guard need > 0 else { continue }
            for index in neighbourStart[v]..<neighbourStart[v + 1] {
                let p = neighbourEnds[index]
                let j = endpoint[p]
                if mate[j] == -1 && j != v && need + dual[j] == 2 * weight[p >> 1] {
                    mate[v] = p
                    mate[j] = p ^ 1
                    break
                }
            }
        }
    }

    /// Compressed adjacency: for each vertex, the remote endpoints of its edges.
    static func adjacency(_ n: Int, _ endpoint: [Int]) -> (start: [Int], ends: [Int]) {
        let m = endpoint.count / 2
        var start = [Int](repeating: 0, count: n + 1)
        for p in 0..<(2 * m) { start[endpoint[p] + 1] += 1 }
        for v in 0..<n { start[v + 1] += start[v] }
        var fill = start
        var ends = [Int](repeating: 0, count: 2 * m)
        for k in 0..<m {
            let (a, b) = (endpoint[2 * k], endpoint[2 * k + 1])
            ends[fill[a]] = 2 * k + 1
            fill[a] += 1
            ends[fill[b]] = 2 * k
            fill[b] += 1
        }
        return (start, ends)
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
