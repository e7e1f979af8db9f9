import TandemCore

/// The optimal pairing of a `PeerProblem`, with everyone not paired and why.
public struct PeerResult: Sendable, Equatable {
    public var objective: PeerObjective
    /// The sum of the pairs' scores (pins included, the trio's added score not).
    public var totalScore: Int
    /// Each pair once, `a < b`, ordered by `a`.
    public var pairs: [PeerPairing]
    /// In index order.
    public var unpaired: [PeerUnpaired]
    public var trio: PeerTrio?

    public init(
        objective: PeerObjective, totalScore: Int, pairs: [PeerPairing], unpaired: [PeerUnpaired],
        trio: PeerTrio? = nil
    ) {
        self.objective = objective
        self.totalScore = totalScore
        self.pairs = pairs
        self.unpaired = unpaired
        self.trio = trio
    }
}

public struct PeerPairing: Sendable, Equatable, Hashable {
    public var a: Int
    public var b: Int
    public var score: Int
    public var pinned: Bool

    public init(a: Int, b: Int, score: Int, pinned: Bool = false) {
        self.a = a
        self.b = b
        self.score = score
        self.pinned = pinned
    }
}

public struct PeerUnpaired: Sendable, Equatable, Hashable {
    public var index: Int
    public var reason: PeerUnpairedReason

    public init(index: Int, reason: PeerUnpairedReason) {
        self.index = index
        self.reason = reason
    }
}

/// A third person attached to an existing pair, adding their scores with both members.
public struct PeerTrio: Sendable, Equatable, Hashable {
    public var pair: PeerPairing
    public var third: Int
    public var addedScore: Int

    public init(pair: PeerPairing, third: Int, addedScore: Int) {
        self.pair = pair
        self.third = third
        self.addedScore = addedScore
    }
}
