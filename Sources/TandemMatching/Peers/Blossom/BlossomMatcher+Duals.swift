import TandemCore

extension BlossomMatcher {
    /// Finds the largest dual change that keeps every edge feasible, applies it, and acts on the
    /// constraint that became tight. Returns false when the stage is over: an S-vertex's dual
    /// reached zero and it was made single (delta1).
    mutating func adjustDuals() -> Bool {
        // delta1: an S-vertex dual reaches zero (u ≥ 0 binds). With equal root duals (the textbook
        // case) that is every root at once and the run ends; otherwise only this vertex's tree.
        var deltaType = 1
        var delta = Int.max
        var deltaVertex = -1
        var deltaEdge = -1
        var deltaBlossom = -1
        for v in 0..<n where label[inBlossom[v]] == 1 && dual[v] < delta {
            (delta, deltaVertex) = (dual[v], v)
        }
        if deltaVertex == -1 { return false }
        // delta2: an edge from an S-vertex to a free vertex becomes tight.
        for v in 0..<n where label[inBlossom[v]] == 0 && bestEdge[v] != -1 {
            let d = slack(bestEdge[v])
            if d < delta { (delta, deltaType, deltaEdge) = (d, 2, bestEdge[v]) }
        }
        // delta3: an edge between two S-blossoms becomes tight (half its slack).
        for b in 0..<(2 * n) where blossomParent[b] == -1 && label[b] == 1 && bestEdge[b] != -1 {
            let d = slack(bestEdge[b]) / 2
            if d < delta { (delta, deltaType, deltaEdge) = (d, 3, bestEdge[b]) }
        }
        // delta4: a T-blossom's dual reaches zero, so it must be expanded.
        for b in n..<(2 * n)
        where blossomBase[b] >= 0 && blossomParent[b] == -1 && label[b] == 2 && dual[b] < delta {
            (delta, deltaType, deltaBlossom) = (dual[b], 4, b)
        }
        for v in 0..<n {
            switch label[inBlossom[v]] {
            case 1: dual[v] -= delta
            case 2: dual[v] += delta
            default: break
            }
        }
        for b in n..<(2 * n) where blossomBase[b] >= 0 && blossomParent[b] == -1 {
            if label[b] == 1 { dual[b] += delta } else if label[b] == 2 { dual[b] -= delta }
        }
        switch deltaType {
        case 1:
            // Complementary slackness wants a single vertex's dual to be zero: make this one the
            // single vertex, moving its tree's root into the matching (all tree edges are tight).
            augmentFromRoot(to: deltaVertex)
            return false
        case 2:
            allowEdge[deltaEdge] = true
            var i = endpoint[2 * deltaEdge]
            if label[inBlossom[i]] == 0 { i = endpoint[2 * deltaEdge + 1] }
            queue.append(i)
        case 3:
            allowEdge[deltaEdge] = true
            queue.append(endpoint[2 * deltaEdge])
        default:
            expandBlossom(deltaBlossom, endStage: false)
        }
        return true
    }

    /// Twice the reduced cost of an edge `(i, j, w)` under the final duals, including the duals of
    /// every blossom that holds both ends. Non-negative for every edge means the duals are feasible.
    /// `w` is in the caller's units.
    func certifiedSlack(_ i: Int, _ j: Int, _ w: Int) -> Int {
        var s = dual[i] + dual[j] - 2 * w * scale
        if s >= 0 || inBlossom[i] != inBlossom[j] { return s }
        // The blossoms holding both ends are the common tail of their two parent chains.
        var depthI = 0
        var b = blossomParent[i]
        while b != -1 { depthI += 1; b = blossomParent[b] }
        var depthJ = 0
        b = blossomParent[j]
        while b != -1 { depthJ += 1; b = blossomParent[b] }
        var (x, y) = (blossomParent[i], blossomParent[j])
        while depthI > depthJ { x = blossomParent[x]; depthI -= 1 }
        while depthJ > depthI { y = blossomParent[y]; depthJ -= 1 }
        while x != y { x = blossomParent[x]; y = blossomParent[y] }
        while x != -1 {
            s += 2 * dual[x]
            x = blossomParent[x]
        }
        return s
    }
}
