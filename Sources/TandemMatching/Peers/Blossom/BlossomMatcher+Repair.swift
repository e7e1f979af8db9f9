import TandemCore

// After the solve: `certifiedSlack`, the dual check of one edge that proves the matching
// optimal (CertifiedMatching runs it on every edge of the whole graph), and the warm repair
// (`addEdges`) that takes in the edges that failed it and lets `run()` continue.

extension BlossomMatcher {
    // MARK: The dual check

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

    // MARK: Warm repair

    /// Warm repair: adds edges (weights in the caller's units) to a solved matcher and restores
    /// dual feasibility for them, keeping the matching, the blossoms and the duals as far as
    /// possible. `run()` then continues from there instead of starting over.
    ///
    /// For each new edge `(i, j)` whose reduced cost is negative, the blossoms holding `i` are
    /// dissolved from the top (each blossom's dual moves onto its vertices, which keeps every
    /// edge inside it exactly as tight as before), and `i`'s dual is raised until the edge is
    /// tight. Raising duals keeps every other edge feasible; it only loosens edges at `i` (or at a
    /// dissolved blossom's base), so a matched edge there is unmatched. Those vertices are now
    /// single with a positive dual, which `run()` treats as roots of new alternating trees.
    ///
    /// Everything is first doubled (`scale`), so all duals are even: then every root has the same
    /// parity, the condition under which delta3 (half a slack) stays an integer.
    /// Returns how many vertices were unmatched.
    @discardableResult
    mutating func addEdges(_ edges: [(Int, Int, Int)]) -> Int {
        for i in 0..<weight.count { weight[i] *= 2 }
        for i in 0..<dual.count { dual[i] *= 2 }
        scale *= 2
        let first = weight.count
        appendEdges(edges)
        var unmatched = 0
        for k in first..<weight.count {
            let (a, b) = (endpoint[2 * k], endpoint[2 * k + 1])
            guard certifiedSlack(a, b, weight[k] / scale) < 0 else { continue }
            // Raise the end that costs least: one already single and outside blossoms if any.
            let i = cost(of: b) < cost(of: a) ? b : a
            let j = i == a ? b : a
            while inBlossom[i] != i { unmatched += dissolve(topLevel: inBlossom[i]) }
            let s = dual[i] + dual[j] - 2 * weight[k]
            guard s < 0 else { continue }
            dual[i] -= s
            unmatched += unmatch(i)
        }
        return unmatched
    }

    /// How disruptive raising `v`'s dual is: 0 single and outside blossoms, 1 matched, 2 in a blossom.
    private func cost(of v: Int) -> Int {
        inBlossom[v] != v ? 2 : mate[v] == -1 ? 0 : 1
    }

    /// Dissolves top-level blossom `b`, moving its dual onto its vertices.
    private mutating func dissolve(topLevel b: Int) -> Int {
        let z = dual[b]
        var unmatched = 0
        if z > 0 {
            for v in leaves(of: b) { dual[v] += z }
            dual[b] = 0
            unmatched = unmatch(blossomBase[b])
        }
        expandBlossom(b, endStage: true)
        return unmatched
    }

    /// Unmatches `v` and its partner; returns how many vertices became single.
    private mutating func unmatch(_ v: Int) -> Int {
        guard mate[v] != -1 else { return 0 }
        let partner = endpoint[mate[v]]
        mate[partner] = -1
        mate[v] = -1
        return 2
    }

    /// Appends edges (weights in the caller's units) with new indices, keeping every existing
    /// index, so the matching and the blossoms stay valid. Duals are not touched.
    private mutating func appendEdges(_ edges: [(Int, Int, Int)]) {
        endpoint.reserveCapacity(endpoint.count + 2 * edges.count)
        for edge in edges {
            endpoint.append(edge.0)
            endpoint.append(edge.1)
            weight.append(edge.2 * scale)
        }
        allowEdge.append(contentsOf: repeatElement(false, count: edges.count))
        (neighbourStart, neighbourEnds) = Self.adjacency(n, endpoint)
    }
}
