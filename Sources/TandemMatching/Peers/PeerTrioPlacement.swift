import TandemCore

/// Lets one person who would stay unpaired join the pair that gains the most from them
/// (the sum of their scores with both members; both pairs must be allowed).
enum PeerTrioPlacement {
    static func attach(to result: inout PeerResult, graph: PeerGraph) {
        var best: PeerTrio?
        for person in result.unpaired.map(\.index) {
            for pair in result.pairs {
                guard let withA = graph.table[person, pair.a], let withB = graph.table[person, pair.b] else { continue }
                // Strictly better only, so ties keep the lowest person and then the earliest pair.
                if best == nil || withA + withB > best!.addedScore {
                    best = PeerTrio(pair: pair, third: person, addedScore: withA + withB)
                }
            }
        }
        guard let best else { return }
        result.trio = best
        result.unpaired.removeAll { $0.index == best.third }
    }
}
