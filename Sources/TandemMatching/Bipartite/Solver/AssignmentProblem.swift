import TandemCore

/// A plain assignment problem: mentors with capacities, mentees, and the score of every
/// allowed pair. Positions in `menteeIDs` and `mentorIDs` index everything else.
public struct AssignmentProblem: Sendable {
    public var menteeIDs: [String]
    public var mentorIDs: [String]
    /// Mentees each mentor can take; 0 takes none.
    public var capacities: [Int]
    public var scores: ScoreTable
    /// How mentors rank mentees in `stable` mode; defaults to `scores`. A nil entry here makes
    /// the pair unacceptable to the mentor.
    public var mentorScores: ScoreTable?
    /// Pairs that must be in the result.
    public var pins: [MatchPair]
    /// Pairs that must not be, whatever their score.
    public var forbids: [MatchPair]

    public init(
        menteeIDs: [String], mentorIDs: [String], capacities: [Int], scores: ScoreTable,
        mentorScores: ScoreTable? = nil, pins: [MatchPair] = [], forbids: [MatchPair] = []
    ) {
        self.menteeIDs = menteeIDs
        self.mentorIDs = mentorIDs
        self.capacities = capacities
        self.scores = scores
        self.mentorScores = mentorScores
        self.pins = pins
        self.forbids = forbids
    }

    /// A problem from sparse edges; missing pairs are forbidden.
    public init(
        menteeIDs: [String], mentorIDs: [String], capacities: [Int], edges: [AssignmentEdge],
        mentorScores: [AssignmentEdge]? = nil, pins: [MatchPair] = [], forbids: [MatchPair] = []
    ) throws(AssignmentError) {
        let table = try ScoreTable(rows: menteeIDs.count, columns: mentorIDs.count, edges: edges)
        var mentorTable: ScoreTable?
        if let mentorScores {
            mentorTable = try ScoreTable(rows: menteeIDs.count, columns: mentorIDs.count, edges: mentorScores)
        }
        self.init(menteeIDs: menteeIDs, mentorIDs: mentorIDs, capacities: capacities, scores: table,
                  mentorScores: mentorTable, pins: pins, forbids: forbids)
    }
}
