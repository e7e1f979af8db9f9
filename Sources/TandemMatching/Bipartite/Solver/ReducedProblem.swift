import TandemCore

/// What the solvers still have to decide once a problem is checked: forbids applied, pinned
/// mentees placed, and their places taken from the mentors' capacities.
struct ReducedProblem {
    /// Scores with forbidden pairs removed.
    let scores: ScoreTable
    /// Mentees the solver places, by original position.
    let freeMentees: [Int]
    /// Places left after pins.
    let capacities: [Int]
    /// Each mentee's pinned mentor, if any.
    let pinnedMentor: [Int?]

    init(_ problem: AssignmentProblem) throws(AssignmentError) {
        let (rows, columns) = (problem.menteeIDs.count, problem.mentorIDs.count)
        try Self.checkSizes(problem, rows: rows, columns: columns)
        var scores = problem.scores
        for forbid in problem.forbids where (0..<rows).contains(forbid.mentee) && (0..<columns).contains(forbid.mentor) {
            scores[forbid.mentee, forbid.mentor] = nil
        }
        // No mentor can take more than every mentee; clamping keeps seat counts and sums small.
        var capacities = problem.capacities.map { Swift.min($0, rows) }
        var pinned = [Int?](repeating: nil, count: rows)
        for pin in problem.pins {
            guard (0..<rows).contains(pin.mentee), (0..<columns).contains(pin.mentor) else {
                throw .pinOutOfRange(mentee: pin.mentee, mentor: pin.mentor)
            }
            guard scores[pin.mentee, pin.mentor] != nil else { throw .pinForbidden(mentee: pin.mentee, mentor: pin.mentor) }
            guard pinned[pin.mentee] == nil else { throw .menteePinnedTwice(mentee: pin.mentee) }
            guard capacities[pin.mentor] > 0 else { throw .pinsOverCapacity(mentor: pin.mentor) }
            pinned[pin.mentee] = pin.mentor
            capacities[pin.mentor] -= 1
        }
        self.scores = scores
        self.capacities = capacities
        pinnedMentor = pinned
        freeMentees = (0..<rows).filter { pinned[$0] == nil }
    }

    private static func checkSizes(_ problem: AssignmentProblem, rows: Int, columns: Int) throws(AssignmentError) {
        guard problem.capacities.count == columns else {
            throw .sizeMismatch("\(columns) mentors but \(problem.capacities.count) capacities")
        }
        for table in [problem.scores, problem.mentorScores].compactMap({ $0 })
        where table.rows != rows || table.columns != columns {
            throw .sizeMismatch("\(rows) × \(columns) people but a \(table.rows) × \(table.columns) score table")
        }
        if let mentor = problem.capacities.firstIndex(where: { $0 < 0 }) { throw .negativeCapacity(mentor: mentor) }
    }
}
