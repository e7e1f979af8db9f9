import TandemCore

// The main loop, read top to bottom: a stage (`run`), growing the trees (`scanQueue`,
// `assignLabel`, `scanBlossom`), the dual step when nothing tight is left (`adjustDuals`), and
// augmenting along a path found (`augmentMatching`, also through blossoms: `augmentBlossom`).
// Shrinking and expanding blossoms is in BlossomMatcher+Blossoms.swift.

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

    // MARK: Growing the trees

    /// Gives label `t` to the top-level blossom holding `w`, reached through endpoint `p`.
    /// A T-blossom immediately passes an S label on to its base's mate.
    mutating func assignLabel(_ w: Int, _ t: Int, _ p: Int) {
        let b = inBlossom[w]
        label[w] = t
        label[b] = t
        labelEnd[w] = p
        labelEnd[b] = p
        bestEdge[w] = -1
        bestEdge[b] = -1
        if t == 1 {
            if b < n { queue.append(b) } else { queue.append(contentsOf: leaves(of: b)) }
        } else if t == 2 {
            let base = blossomBase[b]
            assignLabel(endpoint[mate[base]], 1, mate[base] ^ 1)
        }
    }

    /// Traces back from S-vertices `v` and `w` along their trees. Returns the base of the new
    /// blossom if the paths meet, or -1 if they end at two different single vertices (augment).
    private mutating func scanBlossom(_ start: Int, _ other: Int) -> Int {
        var path: [Int] = []
        var base = -1
        var v = start
        var w = other
        while v != -1 {
            var b = inBlossom[v]
            if label[b] & 4 != 0 {
                base = blossomBase[b]
                break
            }
            path.append(b)
            label[b] = 5
            if labelEnd[b] == -1 {
                v = -1  // b's base is single: this path ends here.
            } else {
                v = endpoint[labelEnd[b]]
                b = inBlossom[v]
                v = endpoint[labelEnd[b]]  // step over the T-blossom too.
            }
            if w != -1 { swap(&v, &w) }
        }
        for b in path { label[b] = 1 }
        return base
    }

    // MARK: The dual step

    /// Finds the largest dual change that keeps every edge feasible, applies it, and acts on the
    /// constraint that became tight. Returns false when the stage is over: an S-vertex's dual
    /// reached zero and it was made single (delta1).
    private mutating func adjustDuals() -> Bool {
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

    // MARK: Augmenting

    /// Flips matched and unmatched edges along the augmenting path through edge `k`,
    /// tracing back from both ends to their single roots.
    private mutating func augmentMatching(_ k: Int) {
        flipToRoot(from: endpoint[2 * k], mate: 2 * k + 1)
        flipToRoot(from: endpoint[2 * k + 1], mate: 2 * k)
    }

    /// Flips the even alternating path from S-vertex `v` back to its tree's root: the root gets
    /// matched and `v` becomes single (and the base of its blossom). The weight is unchanged, as
    /// every edge on the path is tight.
    private mutating func augmentFromRoot(to v: Int) {
        flipToRoot(from: v, mate: -1)
    }

    /// Walks from S-vertex `start` back to its tree's root, giving `start` the mate endpoint `p`
    /// (-1: single) and flipping every edge on the way, inside blossoms too. The root, single
    /// before, ends matched.
    private mutating func flipToRoot(from start: Int, mate p: Int) {
        var s = start
        var p = p
        while true {
            let bs = inBlossom[s]
            if bs >= n { augmentBlossom(bs, s) }
            mate[s] = p
            if labelEnd[bs] == -1 { break }  // reached a single vertex.
            let t = endpoint[labelEnd[bs]]
            let bt = inBlossom[t]
            s = endpoint[labelEnd[bt]]
            let j = endpoint[labelEnd[bt] ^ 1]
            if bt >= n { augmentBlossom(bt, j) }
            mate[j] = labelEnd[bt]
            p = labelEnd[bt] ^ 1
        }
    }

    /// Flips edges inside blossom `b` along the even path from vertex `v` to the base, then
    /// rotates the child list so `v`'s child is the new base.
    private mutating func augmentBlossom(_ b: Int, _ v: Int) {
        var t = v
        while blossomParent[t] != b { t = blossomParent[t] }
        if t >= n { augmentBlossom(t, v) }
        let childs = blossomChilds[b]
        let endps = blossomEndps[b]
        let count = childs.count
        let i = childs.firstIndex(of: t) ?? 0
        var j = i
        let step: Int
        let trick: Int
        if i & 1 == 1 {
            j -= count
            (step, trick) = (1, 0)
        } else {
            (step, trick) = (-1, 1)
        }
        while j != 0 {
            j += step
            var child = childs[Self.cyclic(j, count)]
            let p = endps[Self.cyclic(j - trick, count)] ^ trick
            if child >= n { augmentBlossom(child, endpoint[p]) }
            j += step
            child = childs[Self.cyclic(j, count)]
            if child >= n { augmentBlossom(child, endpoint[p ^ 1]) }
            mate[endpoint[p]] = p ^ 1
            mate[endpoint[p ^ 1]] = p
        }
        blossomChilds[b] = Array(childs[i...] + childs[..<i])
        blossomEndps[b] = Array(endps[i...] + endps[..<i])
        blossomBase[b] = blossomBase[blossomChilds[b][0]]
    }
}
