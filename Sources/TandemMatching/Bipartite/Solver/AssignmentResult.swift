import TandemCore

/// One matched pair in a result.
public struct Assignment: Sendable, Hashable, Codable {
    public let mentee: Int
    public let mentor: Int
    public let score: Int

    public init(mentee: Int, mentor: Int, score: Int) {
        self.mentee = mentee
        self.mentor = mentor
        self.score = score
    }
}

/// A solved problem: pairs in mentee order, and the mentees left unmatched in order.
public struct AssignmentResult: Sendable, Hashable {
    public let objective: MatchObjective
    public let totalScore: Int
    public let matched: Int
    public let assignments: [Assignment]
    public let unmatched: [Int]

    /// Builds a result from each mentee's mentor (nil for unmatched).
    init(objective: MatchObjective, mentorOf: [Int?], scores: ScoreTable) {
        var assignments: [Assignment] = []
        var unmatched: [Int] = []
        for (mentee, mentor) in mentorOf.enumerated() {
            if let mentor {
                assignments.append(Assignment(mentee: mentee, mentor: mentor, score: scores[mentee, mentor] ?? 0))
            } else {
                unmatched.append(mentee)
            }
        }
        self.objective = objective
        self.assignments = assignments
        self.unmatched = unmatched
        matched = assignments.count
        totalScore = assignments.reduce(0) { $0 + $1.score }
    }
}
