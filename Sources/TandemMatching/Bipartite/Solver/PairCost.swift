import TandemCore

/// Turns a score into a cost to minimise so that one min-cost solution is lexicographically
/// optimal: a row left unmatched costs 0.
///
/// - `score`: cost −(s·(n+1) + 1). The total score dominates; among equal totals, the
///   "+1" prefers matching more mentees, since n matches add less than one score point.
/// - `coverage`: cost −(100n + 1 + s). Each match outweighs any total score, so the number
///   matched dominates, then the total score.
struct PairCost {
    let perPoint: Int64
    let perMatch: Int64

    init(objective: MatchObjective, rows: Int) {
        let n = Int64(rows)
        switch objective {
        case .coverage:
            perPoint = 1
            perMatch = 100 * n + 1
        case .score, .stable:
            perPoint = n + 1
            perMatch = 1
        }
    }

    @inline(__always) func cost(_ score: Int8) -> Int64 {
        -(Int64(score) * perPoint + perMatch)
    }
}
