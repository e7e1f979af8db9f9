import TandemCore

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

/// Each mentee's acceptable mentors, best first (ties to the lower position): a counting
/// sort on the 0...100 score, two passes over each row and no comparisons.
struct MenteePreferences {
    private var order: [Int32]
    private var start: [Int]

    init(_ problem: ReducedProblem, mentorScores: ScoreTable?) {
        let columns = problem.scores.columns
        // 0 = unacceptable (forbidden, no places, or refused in mentor_scores), else score + 1.
        var key = [UInt8](repeating: 0, count: problem.freeMentees.count * columns)
        var start = [0]
        problem.scores.storage.withUnsafeBufferPointer { storage in
            key.withUnsafeMutableBufferPointer { key in
                for (row, mentee) in problem.freeMentees.enumerated() {
                    var acceptable = 0
                    for j in 0..<columns {
                        let value = storage[mentee * columns + j]
                        let refused = mentorScores.map { $0.storage[mentee * columns + j] < 0 } ?? false
                        guard value >= 0, problem.capacities[j] > 0, !refused else { continue }
                        key[row * columns + j] = UInt8(value) + 1
                        acceptable += 1
                    }
                    start.append(start[start.count - 1] + acceptable)
                }
            }
        }
        var order = [Int32](repeating: 0, count: start[start.count - 1])
        key.withUnsafeBufferPointer { key in
            order.withUnsafeMutableBufferPointer { order in
                var next = [Int](repeating: 0, count: 102)
                for row in 0..<problem.freeMentees.count {
                    let row0 = row * columns
                    for index in next.indices { next[index] = 0 }
                    for j in 0..<columns { next[Int(key[row0 + j])] += 1 }
                    // Slots, highest score first.
                    var position = start[row]
                    for value in stride(from: 101, through: 1, by: -1) {
                        let count = next[value]
                        next[value] = position
                        position += count
                    }
                    for j in 0..<columns where key[row0 + j] > 0 {
                        let value = Int(key[row0 + j])
                        order[next[value]] = Int32(j)
                        next[value] += 1
                    }
                }
            }
        }
        self.order = order
        self.start = start
    }

    /// The row's choice at `rank` (0 = favourite), or nil when it has none left.
    func mentor(of row: Int, at rank: Int) -> Int? {
        let index = start[row] + rank
        return index < start[row + 1] ? Int(order[index]) : nil
    }
}
