extension BlossomMatcher {
    /// Finds the largest dual change that keeps every edge feasible, applies it, and acts on the
    /// constraint that became tight. Returns false when the optimum is reached.
    mutating func adjustDuals() -> Bool {
        // delta1: a vertex dual reaches zero, so no further improvement is possible.
        var deltaType = 1
        var delta = dual[0..<n].min() ?? 0
        var deltaEdge = -1
        var deltaBlossom = -1
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
    func certifiedSlack(_ i: Int, _ j: Int, _ w: Int) -> Int {
        var s = dual[i] + dual[j] - 2 * w
        if s >= 0 || inBlossom[i] != inBlossom[j] { return s }
        var ancestors: Set<Int> = []
        var b = blossomParent[i]
        while b != -1 { ancestors.insert(b); b = blossomParent[b] }
        b = blossomParent[j]
        while b != -1 {
            if ancestors.contains(b) { s += 2 * dual[b] }
            b = blossomParent[b]
        }
        return s
    }
}
