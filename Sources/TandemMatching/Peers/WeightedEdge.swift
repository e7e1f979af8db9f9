import TandemCore

/// An edge as the matching engine sees it: compact, with the objective's weight (which for
/// `coverage` is larger than the score).
struct WeightedEdge: Sendable, Equatable {
    let a: Int32
    let b: Int32
    let weight: Int32

    init(a: Int32, b: Int32, weight: Int32) {
        self.a = a
        self.b = b
        self.weight = weight
    }

    init(_ a: Int, _ b: Int, _ weight: Int) {
        self.a = Int32(a)
        self.b = Int32(b)
        self.weight = Int32(weight)
    }
}
