import TandemCore

// Blossoms: shrinking an odd cycle of the tree into one S-blossom (`addBlossom`, which also
// keeps the least-slack edges to other S-blossoms for delta3), and expanding a blossom into its
// children again (`expandBlossom`: during a stage when a T-blossom's dual reaches zero, at the
// end of a stage for S-blossoms with a zero dual, and for warm repairs).

extension BlossomMatcher {
    /// Shrinks the odd cycle closed by edge `k` (through S-vertices) into a new S-blossom.
    mutating func addBlossom(base: Int, edge k: Int) {
        var v = endpoint[2 * k]
        var w = endpoint[2 * k + 1]
        let bb = inBlossom[base]
        var bv = inBlossom[v]
        var bw = inBlossom[w]
        let b = unusedBlossoms.removeLast()
        blossomBase[b] = base
        blossomParent[b] = -1
        blossomParent[bb] = b
        var path: [Int] = []
        var endps: [Int] = []
        while bv != bb {
            blossomParent[bv] = b
            path.append(bv)
            endps.append(labelEnd[bv])
            v = endpoint[labelEnd[bv]]
            bv = inBlossom[v]
        }
        path.append(bb)
        path.reverse()
        endps.reverse()
        endps.append(2 * k)
        while bw != bb {
            blossomParent[bw] = b
            path.append(bw)
            endps.append(labelEnd[bw] ^ 1)
            w = endpoint[labelEnd[bw]]
            bw = inBlossom[w]
        }
        blossomChilds[b] = path
        blossomEndps[b] = endps
        label[b] = 1
        labelEnd[b] = labelEnd[bb]
        dual[b] = 0
        for leaf in leaves(of: b) {
            // Former T-vertices become S-vertices and must be scanned.
            if label[inBlossom[leaf]] == 2 { queue.append(leaf) }
            inBlossom[leaf] = b
        }
        collectBestEdges(of: b, children: path)
    }

    /// Keeps, per neighbouring S-blossom, the least-slack edge leaving the new blossom `b`, so the
    /// dual step can find delta3 without rescanning every vertex.
    private mutating func collectBestEdges(of b: Int, children: [Int]) {
        var touched: [Int] = []
        for child in children {
            if let list = blossomBestEdges[child] {
                for k in list { considerBestEdge(k, from: b, touched: &touched) }
            } else {
                for leaf in leaves(of: child) {
                    for index in neighbourStart[leaf]..<neighbourStart[leaf + 1] {
                        considerBestEdge(neighbourEnds[index] >> 1, from: b, touched: &touched)
                    }
                }
            }
            blossomBestEdges[child] = nil
            bestEdge[child] = -1
        }
        touched.sort()
        var list: [Int] = []
        list.reserveCapacity(touched.count)
        for other in touched {
            list.append(bestEdgeTo[other])
            bestEdgeTo[other] = -1
        }
        blossomBestEdges[b] = list
        var best = -1
        for k in list where best == -1 || slack(k) < slack(best) { best = k }
        bestEdge[b] = best
    }

    private mutating func considerBestEdge(_ k: Int, from b: Int, touched: inout [Int]) {
        var j = endpoint[2 * k + 1]
        if inBlossom[j] == b { j = endpoint[2 * k] }
        let bj = inBlossom[j]
        guard bj != b, label[bj] == 1 else { return }
        if bestEdgeTo[bj] == -1 {
            touched.append(bj)
            bestEdgeTo[bj] = k
        } else if slack(k) < slack(bestEdgeTo[bj]) {
            bestEdgeTo[bj] = k
        }
    }

    // MARK: Expanding

    /// Dissolves top-level blossom `b` into its children. During a stage (`endStage == false`) a
    /// T-blossom's children are relabelled so the alternating tree stays consistent.
    mutating func expandBlossom(_ b: Int, endStage: Bool) {
        for s in blossomChilds[b] {
            blossomParent[s] = -1
            if s < n {
                inBlossom[s] = s
            } else if endStage && dual[s] == 0 {
                expandBlossom(s, endStage: endStage)
            } else {
                for v in leaves(of: s) { inBlossom[v] = s }
            }
        }
        if !endStage && label[b] == 2 { relabelExpandedTBlossom(b) }
        label[b] = -1
        labelEnd[b] = -1
        blossomChilds[b] = []
        blossomEndps[b] = []
        blossomBase[b] = -1
        blossomBestEdges[b] = nil
        bestEdge[b] = -1
        unusedBlossoms.append(b)
    }

    /// Walks from the child the blossom was entered through to its base along the even-length
    /// side, labelling children T and S alternately; the rest become free or T if reached.
    private mutating func relabelExpandedTBlossom(_ b: Int) {
        let childs = blossomChilds[b]
        let endps = blossomEndps[b]
        let count = childs.count
        let entryChild = inBlossom[endpoint[labelEnd[b] ^ 1]]
        var j = childs.firstIndex(of: entryChild) ?? 0
        let step: Int
        let trick: Int
        if j & 1 == 1 {
            j -= count
            (step, trick) = (1, 0)
        } else {
            (step, trick) = (-1, 1)
        }
        var p = labelEnd[b]
        while j != 0 {
            label[endpoint[p ^ 1]] = 0
            label[endpoint[endps[Self.cyclic(j - trick, count)] ^ trick ^ 1]] = 0
            assignLabel(endpoint[p ^ 1], 2, p)
            allowEdge[endps[Self.cyclic(j - trick, count)] >> 1] = true
            j += step
            p = endps[Self.cyclic(j - trick, count)] ^ trick
            allowEdge[p >> 1] = true
            j += step
        }
        // The base child becomes T without passing the label on (its mate is outside the path).
        let baseChild = childs[Self.cyclic(j, count)]
        label[endpoint[p ^ 1]] = 2
        label[baseChild] = 2
        labelEnd[endpoint[p ^ 1]] = p
        labelEnd[baseChild] = p
        bestEdge[baseChild] = -1
        j += step
        while childs[Self.cyclic(j, count)] != entryChild {
            let bv = childs[Self.cyclic(j, count)]
            j += step
            if label[bv] == 1 { continue }  // got an S label through a neighbour meanwhile.
            guard let reached = leaves(of: bv).first(where: { label[$0] != 0 }) else { continue }
            label[reached] = 0
            label[endpoint[mate[blossomBase[bv]]]] = 0
            assignLabel(reached, 2, labelEnd[reached])
        }
    }
}
