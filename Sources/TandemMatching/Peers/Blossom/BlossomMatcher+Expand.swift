import TandemCore

extension BlossomMatcher {
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
