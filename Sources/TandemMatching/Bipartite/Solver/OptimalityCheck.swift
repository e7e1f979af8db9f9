import TandemCore

/// The certificate that makes pruning safe. The solver's prices satisfy every LP dual
/// constraint on the candidate pairs; if they also satisfy `menteePrice + mentorPrice <= cost`
/// on every other allowed pair, they are dual-feasible for the whole problem, complementary
/// slackness holds, and the assignment is optimal for the whole problem. Pairs that break it
/// are returned, per candidate-list owner, so the solver can add them and solve again.
///
/// One pass over the score table, with memory for the returned pairs only: early rounds can
/// find a third of all pairs failing, and keeping them all (to sort) used to dominate time and
/// memory on large problems.
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
        // A full mentor (no seat left) can take no pair: a price that no slack can beat.
        for j in 0..<columns where problem.capacities[j] == 0 { mentorPrice[j] = -Self.never }
        let byMentor = orientation == .seatsChoose
        var selection = WorstPairs(
            owners: byMentor ? columns : problem.freeMentees.count,
            keep: { owner in byMentor ? problem.capacities[owner] * 2 + 4 : 8 }, keepAllBelow: addAllBelow)
        let costOf = PairCostTable(pairCost)
        problem.scores.storage.withUnsafeBufferPointer { storage in
            mentorPrice.withUnsafeBufferPointer { mentorPrice in
                for (localRow, mentee) in problem.freeMentees.enumerated() {
                    let row = UnsafeBufferPointer(rebasing: storage[(mentee * columns)..<((mentee + 1) * columns)])
                    let price = menteePrice[localRow]
                    for j in 0..<columns {
                        let slack = costOf[row[j]] - price - mentorPrice[j]
                        guard slack < 0 else { continue }
                        if byMentor {
                            selection.add(owner: j, pair: Int32(localRow), slack: slack)
                        } else {
                            selection.add(owner: localRow, pair: Int32(j), slack: slack)
                        }
                    }
                }
            }
        }
        return (selection.count, selection.result())
    }

    /// Larger than any cost or price sum, small enough that adding two never overflows.
    static let never: Int64 = 1 << 60
}

/// The cost of each score byte, with a forbidden pair (-1) costing `never`, so the check's
/// inner loop has no branch for it.
struct PairCostTable {
    private let costs: [Int64]

    init(_ pairCost: PairCost) {
        costs = [OptimalityCheck.never] + (0...100).map { pairCost.cost(Int8($0)) }
    }

    @inline(__always) subscript(score: Int8) -> Int64 {
        costs.withUnsafeBufferPointer { $0[Int(score) &+ 1] }
    }
}

/// The failing pairs to add: all of them while there are few, otherwise the `keep(owner)`
/// worst per owner (lowest slack, then lowest pair index), chosen on the fly.
struct WorstPairs {
    private(set) var count = 0
    private let keepAllBelow: Int
    private var all: [[Int32]]
    private var worst: [[(slack: Int64, pair: Int32)]]
    private let keep: [Int]

    init(owners: Int, keep: (Int) -> Int, keepAllBelow: Int) {
        self.keepAllBelow = keepAllBelow
        self.keep = (0..<owners).map(keep)
        all = [[Int32]](repeating: [], count: owners)
        worst = [[(slack: Int64, pair: Int32)]](repeating: [], count: owners)
    }

    mutating func add(owner: Int, pair: Int32, slack: Int64) {
        count += 1
        if count <= keepAllBelow {
            all[owner].append(pair)
        } else if count == keepAllBelow + 1 {
            all = []
        }
        let limit = keep[owner]
        if worst[owner].count < limit {
            worst[owner].append((slack, pair))
            return
        }
        // Replace the least bad kept pair if this one is worse; `limit` is small (at most 14).
        var best = 0
        for k in 1..<limit where (worst[owner][k].slack, worst[owner][k].pair) > (worst[owner][best].slack, worst[owner][best].pair) {
            best = k
        }
        if (slack, pair) < (worst[owner][best].slack, worst[owner][best].pair) { worst[owner][best] = (slack, pair) }
    }

    func result() -> [[Int32]] {
        count <= keepAllBelow ? all : worst.map { $0.map(\.pair) }
    }
}
