import TandemCore

extension BlossomMatcher {
    /// Runs stages until no augmenting path improves the weight. Each stage grows alternating
    /// trees from the roots (single vertices whose dual is still positive) and either augments,
    /// frees a vertex whose dual reached zero (`adjustDuals`), or finds nothing left to do.
    ///
    /// In the textbook algorithm all single vertices share one dual. Here they may not (after
    /// `greedyStart` or a warm repair, `addEdges`); the stage logic is the same, only delta1 is
    /// taken per S-vertex instead of once for all. Every stage leaves at least one root fewer
    /// (an augmentation matches one or two, delta1 retires one), so there are at most n stages.
    mutating func run() {
        guard !weight.isEmpty else { return }
        while true {
            resetStage()
            var roots = 0
            for v in 0..<n where mate[v] == -1 && dual[v] > 0 && label[inBlossom[v]] == 0 {
                assignLabel(v, 1, -1)
                roots += 1
            }
            if roots == 0 { return }
            while !scanQueue() {
                if !adjustDuals() { break }
            }
            // Blossoms whose dual fell to zero are no longer useful; dissolve them.
            for b in n..<(2 * n)
            where blossomParent[b] == -1 && blossomBase[b] >= 0 && label[b] == 1 && dual[b] == 0 {
                expandBlossom(b, endStage: true)
            }
        }
    }

    private mutating func resetStage() {
        for i in 0..<(2 * n) {
            label[i] = 0
            bestEdge[i] = -1
        }
        for b in n..<(2 * n) { blossomBestEdges[b] = nil }
        for k in 0..<allowEdge.count { allowEdge[k] = false }
        queue.removeAll(keepingCapacity: true)
    }

    /// Labels along tight edges from queued S-vertices. Returns true once it augments.
    private mutating func scanQueue() -> Bool {
        while let v = queue.popLast() {
            for index in neighbourStart[v]..<neighbourStart[v + 1] {
                let p = neighbourEnds[index]
                let k = p >> 1
                let w = endpoint[p]
                if inBlossom[v] == inBlossom[w] { continue }
                var kslack = 0
                if !allowEdge[k] {
                    kslack = slack(k)
                    if kslack <= 0 { allowEdge[k] = true }
                }
                let bw = inBlossom[w]
                if allowEdge[k] {
                    if label[bw] == 0 && mate[blossomBase[bw]] == -1 {
                        // A single vertex left out with a zero dual: augment to it.
                        labelEnd[bw] = -1
                        augmentMatching(k)
                        return true
                    } else if label[bw] == 0 {
                        assignLabel(w, 2, p ^ 1)
                    } else if label[bw] == 1 {
                        let base = scanBlossom(v, w)
                        if base >= 0 {
                            addBlossom(base: base, edge: k)
                        } else {
                            augmentMatching(k)
                            return true
                        }
                    } else if label[w] == 0 {
                        // w sits inside a T-blossom but was not reached yet; remember how.
                        label[w] = 2
                        labelEnd[w] = p ^ 1
                    }
                } else if label[bw] == 1 {
                    let b = inBlossom[v]
                    if bestEdge[b] == -1 || kslack < slack(bestEdge[b]) { bestEdge[b] = k }
                } else if label[w] == 0 {
                    if bestEdge[w] == -1 || kslack < slack(bestEdge[w]) { bestEdge[w] = k }
                }
            }
        }
        return false
    }
}
