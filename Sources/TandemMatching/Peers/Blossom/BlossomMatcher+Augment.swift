import TandemCore

extension BlossomMatcher {
    /// Flips matched and unmatched edges along the augmenting path through edge `k`,
    /// tracing back from both ends to their single roots.
    mutating func augmentMatching(_ k: Int) {
        for (start, startP) in [(endpoint[2 * k], 2 * k + 1), (endpoint[2 * k + 1], 2 * k)] {
            var s = start
            var p = startP
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
    }

    /// Flips the even alternating path from S-vertex `v` back to its tree's root: the root gets
    /// matched and `v` becomes single (and the base of its blossom). The weight is unchanged, as
    /// every edge on the path is tight.
    mutating func augmentFromRoot(to v: Int) {
        var s = v
        var p = -1
        while true {
            let bs = inBlossom[s]
            if bs >= n { augmentBlossom(bs, s) }
            mate[s] = p
            if labelEnd[bs] == -1 { break }
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
    mutating func augmentBlossom(_ b: Int, _ v: Int) {
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
