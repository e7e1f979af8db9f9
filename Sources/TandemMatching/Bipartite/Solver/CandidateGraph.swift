import TandemCore

/// The pairs the exact solver considers, as compressed rows of (column, cost). Rows may share
/// a range: the seats of one mentor have the same candidates. Pruning is safe because
/// `OptimalityCheck` re-examines every pair and failing pairs are added for the next round.
struct CandidateGraph {
    var rowStart: [Int] = []
    var rowEnd: [Int] = []
    /// Rows with the same group share one range (a mentor's seats); groups are `0..<groupCount`.
    var rowGroup: [Int32] = []
    var groupCount = 0
    var column: [Int32] = []
    var cost: [Int64] = []
    /// The number of columns (targets) the rows choose among.
    var columnCount: Int

    init(columnCount: Int) {
        self.columnCount = columnCount
    }

    var rowCount: Int { rowStart.count }

    mutating func append(_ target: Int32, _ pairCost: Int64) {
        column.append(target)
        cost.append(pairCost)
    }
}

/// Which side the solver places one at a time. The scarcer side should be the rows: the other
/// side then has members left over, whose zero prices make the optimality proof hold with few
/// candidates per row.
enum Orientation {
    /// Rows are mentees; columns are mentors with their capacities.
    case menteesChoose
    /// Rows are mentor seats (one per place); columns are mentees, one place each.
    case seatsChoose

    static func choose(_ problem: ReducedProblem) -> Orientation {
        let seats = problem.capacities.reduce(0, +)
        return seats < problem.freeMentees.count ? .seatsChoose : .menteesChoose
    }
}
