/// Mentee-proposing deferred acceptance with capacities. Mentees rank mentors by score (ties to
/// the lower position); mentors rank mentees by `mentorScores` (default: the score), then the
/// score, then the lower position. The result is the mentee-optimal stable matching: no mentee
/// and mentor both strictly prefer each other to what they have.
enum StableMatcher {
    static func solve(_ problem: ReducedProblem, mentorScores: ScoreTable?) -> [Int?] {
        let scores = problem.scores
        let preferences = MenteePreferences(problem, mentorScores: mentorScores)
        var next = [Int](repeating: 0, count: problem.freeMentees.count)
        var held = [[Int]](repeating: [], count: scores.columns)
        var mentorOf = [Int?](repeating: nil, count: problem.freeMentees.count)
        // Free mentees propose in turn; a rejected or displaced one goes back on the stack.
        var waiting = Array((0..<problem.freeMentees.count).reversed())

        func rank(_ row: Int, at mentor: Int) -> (Int, Int, Int) {
            let mentee = problem.freeMentees[row]
            let own = scores[mentee, mentor] ?? 0
            return (mentorScores?[mentee, mentor] ?? own, own, -row)
        }

        while let row = waiting.popLast() {
            guard let mentor = preferences.mentor(of: row, at: next[row]) else { continue }
            next[row] += 1
            if held[mentor].count < problem.capacities[mentor] {
                held[mentor].append(row)
                mentorOf[row] = mentor
                continue
            }
            guard let worstIndex = held[mentor].indices.min(by: { rank(held[mentor][$0], at: mentor) < rank(held[mentor][$1], at: mentor) }),
                  rank(row, at: mentor) > rank(held[mentor][worstIndex], at: mentor) else {
                waiting.append(row)
                continue
            }
            let displaced = held[mentor][worstIndex]
            held[mentor][worstIndex] = row
            mentorOf[row] = mentor
            mentorOf[displaced] = nil
            waiting.append(displaced)
        }
        return mentorOf
    }
}

/// Each mentee's acceptable mentors, best first, sorted by counting on the 0...100 score.
struct MenteePreferences {
    private var order: [Int32] = []
    private var start: [Int] = [0]

    init(_ problem: ReducedProblem, mentorScores: ScoreTable?) {
        let columns = problem.scores.columns
        var buckets = [[Int32]](repeating: [], count: 101)
        for mentee in problem.freeMentees {
            for j in 0..<columns where problem.capacities[j] > 0 {
                guard let score = problem.scores[mentee, j], mentorScores.map({ $0[mentee, j] != nil }) ?? true else { continue }
                buckets[score].append(Int32(j))
            }
            for score in stride(from: 100, through: 0, by: -1) where !buckets[score].isEmpty {
                order.append(contentsOf: buckets[score])
                buckets[score].removeAll(keepingCapacity: true)
            }
            start.append(order.count)
        }
    }

    /// The row's choice at `rank` (0 = favourite), or nil when it has none left.
    func mentor(of row: Int, at rank: Int) -> Int? {
        let index = start[row] + rank
        return index < start[row + 1] ? Int(order[index]) : nil
    }
}
