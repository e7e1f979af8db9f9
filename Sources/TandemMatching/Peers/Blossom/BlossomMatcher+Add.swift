import TandemCore

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
}
