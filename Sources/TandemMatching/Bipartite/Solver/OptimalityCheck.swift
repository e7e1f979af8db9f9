import TandemCore

/// The certificate that makes pruning safe. The solver's prices satisfy every LP dual
/// constraint on the candidate pairs; if they also satisfy `menteePrice + mentorPrice <= cost`
/// on every other allowed pair, they are dual-feasible for the whole problem, complementary
/// slackness holds, and the assignment is optimal for the whole problem. Pairs that break it
/// are returned, per candidate-list owner, so the solver can add them and solve again.
enum OptimalityCheck {
    static let addAllBelow = 50_000

    static func violations(
        _ problem: ReducedProblem, orientation: Orientation, pairCost: PairCost,
        rowPrice: [Int64], columnPrice: [Int64], mentorOfSeat: [Int]
    ) -> (count: Int, byOwner: [[Int32]]) {
        let columns = problem.scores.columns
        var menteePrice = columnPrice
        var mentorPrice = columnPrice
        if orientation == .menteesChoose {
            menteePrice = rowPrice
        } else {
            // A mentor's binding price is its highest seat price.
            mentorPrice = [Int64](repeating: .min, count: columns)
            for (seat, mentor) in mentorOfSeat.enumerated() { mentorPrice[mentor] = Swift.max(mentorPrice[mentor], rowPrice[seat]) }
        }
        let byMentor = orientation == .seatsChoose
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
        // Few failures: add them all. Many: only the worst few per owner, enough to move the
        // solution and few enough to keep the next solve cheap.
        let keep = { (owner: Int) in
            count <= addAllBelow ? Int.max : byMentor ? problem.capacities[owner] * 2 + 4 : 8
        }
        let worst = found.enumerated().map { owner, pairs in
            pairs.sorted { ($0.slack, $0.pair) < ($1.slack, $1.pair) }.prefix(keep(owner)).map(\.pair)
        }
        return (count, worst)
    }
}
