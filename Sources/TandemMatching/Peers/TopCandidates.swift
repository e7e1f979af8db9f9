import TandemCore

/// Picks, for every vertex, its `k` heaviest edges. On dense, clustered score graphs the optimum
/// almost always uses only such edges; `CertifiedMatching` proves it or adds what is missing.
enum TopCandidates {
    /// Sorted, distinct indices into `edges`. Ties keep the earlier edge, so the choice is deterministic.
    static func select(vertexCount n: Int, edges: [WeightedEdge], perVertex k: Int) -> [Int] {
        var count = [Int](repeating: 0, count: n)
        var weight = [Int32](repeating: 0, count: n * k)
        var index = [Int](repeating: -1, count: n * k)
        for (e, edge) in edges.enumerated() {
            offer(e, edge.weight, to: Int(edge.a), k, &count, &weight, &index)
            offer(e, edge.weight, to: Int(edge.b), k, &count, &weight, &index)
        }
        var chosen: [Int] = []
        chosen.reserveCapacity(n * k)
        for v in 0..<n { chosen.append(contentsOf: index[(v * k)..<(v * k + count[v])]) }
        chosen.sort()
        var distinct: [Int] = []
        distinct.reserveCapacity(chosen.count)
        for e in chosen where distinct.last != e { distinct.append(e) }
        return distinct
    }

    /// Keeps `v`'s slots sorted by weight, heaviest first, inserting `e` if it beats the lightest.
    @inline(__always)
    private static func offer(
        _ e: Int, _ w: Int32, to v: Int, _ k: Int,
        _ count: inout [Int], _ weight: inout [Int32], _ index: inout [Int]
    ) {
        let base = v * k
        var slot = count[v]
        if slot == k {
            if w <= weight[base + k - 1] { return }
            slot = k - 1
        } else {
            count[v] += 1
        }
        while slot > 0 && weight[base + slot - 1] < w {
            weight[base + slot] = weight[base + slot - 1]
            index[base + slot] = index[base + slot - 1]
            slot -= 1
        }
        weight[base + slot] = w
        index[base + slot] = e
    }
}
