import TandemCore

/// Checks the admin's pins against the graph and turns them into fixed pairs.
enum PeerPins {
    static func resolve(_ problem: PeerProblem, _ graph: PeerGraph) throws(PeerProblemError) -> [PeerPairing] {
        var taken = [Bool](repeating: false, count: graph.count)
        var pairs: [PeerPairing] = []
        for (number, pin) in problem.pins.enumerated() {
            guard graph.inRange(pin.0), graph.inRange(pin.1) else { throw .indexOutOfRange(what: "pins[\(number)]") }
            let (a, b) = (min(pin.0, pin.1), max(pin.0, pin.1))
            let (idA, idB) = (problem.ids[a], problem.ids[b])
            guard a != b else { throw .pinConflict(a: idA, b: idB, reason: "nobody can be paired with themselves") }
            for index in [a, b] where taken[index] {
                throw .pinConflict(a: idA, b: idB, reason: "\"\(problem.ids[index])\" is already pinned to someone else")
            }
            guard let score = graph.table[a, b] else {
                throw .pinConflict(a: idA, b: idB, reason: "the pair is forbidden or not eligible")
            }
            taken[a] = true
            taken[b] = true
            pairs.append(PeerPairing(a: a, b: b, score: score, pinned: true))
        }
        return pairs
    }
}
