import TandemCore

extension BlossomMatcher {
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
    mutating func scanBlossom(_ start: Int, _ other: Int) -> Int {
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
}
