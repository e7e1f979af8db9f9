import TandemCore

/// A dense mentee × mentor table of scores 0...100, with nil for a forbidden pair.
/// One byte per pair: a 10,000 × 3,000 problem takes 30 MB.
public struct ScoreTable: Sendable, Hashable {
    public let rows: Int
    public let columns: Int
    /// Row-major; -1 marks a forbidden pair.
    var storage: [Int8]

    static let forbidden: Int8 = -1

    /// A table with every pair forbidden.
    public init(rows: Int, columns: Int) {
        self.rows = Swift.max(0, rows)
        self.columns = Swift.max(0, columns)
        storage = [Int8](repeating: Self.forbidden, count: self.rows * self.columns)
    }

    init(rows: Int, columns: Int, storage: [Int8]) {
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// The score of a pair, or nil if forbidden. Setting a value outside 0...100 forbids the pair.
    public subscript(row: Int, column: Int) -> Int? {
        get {
            let value = storage[row * columns + column]
            return value < 0 ? nil : Int(value)
        }
        set {
            let valid = newValue.map { (0...100).contains($0) } ?? false
            storage[row * columns + column] = valid ? Int8(newValue ?? 0) : Self.forbidden
        }
    }

    /// A table from sparse edges; pairs not listed are forbidden.
    public init(rows: Int, columns: Int, edges: [AssignmentEdge]) throws(AssignmentError) {
        self.init(rows: rows, columns: columns)
        for edge in edges {
            guard (0..<self.rows).contains(edge.mentee), (0..<self.columns).contains(edge.mentor) else {
                throw .edgeOutOfRange(mentee: edge.mentee, mentor: edge.mentor)
            }
            guard (0...100).contains(edge.score) else { throw .scoreOutOfRange(edge.score) }
            self[edge.mentee, edge.mentor] = edge.score
        }
    }
}

/// A mentee–mentor pair with a score, by position in the problem's lists.
public struct AssignmentEdge: Sendable, Hashable, Codable {
    public var mentee: Int
    public var mentor: Int
    public var score: Int

    public init(mentee: Int, mentor: Int, score: Int) {
        self.mentee = mentee
        self.mentor = mentor
        self.score = score
    }
}

/// A mentee–mentor pair by position, for pins and forbids.
public struct MatchPair: Sendable, Hashable, Codable {
    public var mentee: Int
    public var mentor: Int

    public init(mentee: Int, mentor: Int) {
        self.mentee = mentee
        self.mentor = mentor
    }
}
