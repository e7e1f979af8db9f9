/// The certificate that makes pruning safe. The solver's prices satisfy every LP dual
/// constraint on the candidate pairs; if they also satisfy `rowPrice + columnPrice <= cost`
/// on every other allowed pair, they are dual-feasible for the whole problem, complementary
/// slackness holds, and the assignment is optimal for the whole problem. Pairs that break it
/// are returned so the solver can add them and solve again.
enum OptimalityCheck {
    static let addAllBelow = 50_000

    /// Mentees choose: violating mentors per free mentee (local order).
    static func menteeRows(
        _ problem: ReducedProblem, pairCost: PairCost, menteePrice: [Int64], mentorPrice: [Int64]
    ) -> (count: Int, byRow: [[Int32]]) {
        violations(problem, pairCost: pairCost, menteePrice: menteePrice, mentorPrice: mentorPrice, byMentor: false)
    }

    /// Seats choose: a mentor's binding price is its highest seat price. Violating mentees
    /// (local order) per mentor.
    static func seatRows(
        _ problem: ReducedProblem, pairCost: PairCost, seatPrice: [Int64], mentorOfSeat: [Int], menteePrice: [Int64]
    ) -> (count: Int, byRow: [[Int32]]) {
        var mentorPrice = [Int64](repeating: .min, count: problem.scores.columns)
        for (seat, mentor) in mentorOfSeat.enumerated() { mentorPrice[mentor] = Swift.max(mentorPrice[mentor], seatPrice[seat]) }
        return violations(problem, pairCost: pairCost, menteePrice: menteePrice, mentorPrice: mentorPrice, byMentor: true)
    }

    private static func violations(
        _ problem: ReducedProblem, pairCost: PairCost, menteePrice: [Int64], mentorPrice: [Int64], byMentor: Bool
    ) -> (count: Int, byRow: [[Int32]]) {
        let columns = problem.scores.columns
        var found = [[(pair: Int32, slack: Int64)]](repeating: [], count: byMentor ? columns : problem.freeMentees.count)
        var count = 0
        problem.scores.storage.withUnsafeBufferPointer { storage in
            for (localRow, mentee) in problem.freeMentees.enumerated() {
                let base = mentee * columns
                let price = menteePrice[localRow]
                for j in 0..<columns where problem.capacities[j] > 0 {
                    let score = storage[base + j]
                    let slack = pairCost.cost(score) - price - mentorPrice[j]
                    guard score >= 0, slack < 0 else { continue }
                    if byMentor { found[j].append((Int32(localRow), slack)) } else { found[localRow].append((Int32(j), slack)) }
                    count += 1
                }
            }
        }
        // Few failures: add them all. Many: only the worst few per row, enough to move the
        // solution and few enough to keep the next solve cheap.
        let all = count <= Self.addAllBelow
        let keep = all ? { (_: Int) in Int.max } : byMentor ? { (j: Int) in problem.capacities[j] * 2 + 4 } : { (_: Int) in 8 }
        let worst = found.enumerated().map { index, pairs in
            pairs.sorted { ($0.slack, $0.pair) < ($1.slack, $1.pair) }.prefix(keep(index)).map(\.pair)
        }
        return (count, worst)
    }
}
