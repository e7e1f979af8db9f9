import TandemCore

/// One pool of people to pair with each other (peer and co-mentoring programmes).
/// People are referred to by their index in `ids`; a missing edge means the pair is not allowed.
public struct PeerProblem: Sendable {
    public var ids: [String]
    public var edges: [PeerEdge]
    /// Pairs the admin fixed; they are kept whatever the solver would prefer.
    public var pins: [(Int, Int)]
    /// Pairs the admin ruled out.
    public var forbids: [(Int, Int)]
    /// Let one person who would stay unpaired join an existing pair as a trio.
    public var allowTrio: Bool

    public init(
        ids: [String], edges: [PeerEdge], pins: [(Int, Int)] = [], forbids: [(Int, Int)] = [],
        allowTrio: Bool = false
    ) {
        self.ids = ids
        self.edges = edges
        self.pins = pins
        self.forbids = forbids
        self.allowTrio = allowTrio
    }
}

/// An allowed pair with its symmetric score, 0–100.
public struct PeerEdge: Sendable, Equatable, Hashable {
    public var a: Int
    public var b: Int
    public var score: Int

    public init(a: Int, b: Int, score: Int) {
        self.a = a
        self.b = b
        self.score = score
    }
}
