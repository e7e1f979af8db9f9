import TandemCore

/// How many candidates the first round keeps.
struct CandidateLimits {
    var perRow: Int
    /// Per row, also the best by score relative to the mentor's mean score: a popular mentor
    /// is everyone's first choice, so the absolute best alone leave the others unreached.
    var perRowRelative: Int
    /// Per mentor: a multiple of its capacity plus a margin.
    var perSeat: Int
    var perColumnMargin: Int

    static let firstRound = CandidateLimits(perRow: 24, perRowRelative: 12, perSeat: 3, perColumnMargin: 8)
    static let everything = CandidateLimits(perRow: .max, perRowRelative: 0, perSeat: 0, perColumnMargin: 0)
}

/// Keeps the best `keep` scores of a sequence seen in order: every score above `score`, and
/// the first `ties` at exactly `score`.
struct CandidateCut {
    var score: Int
    var ties: Int

    /// Whether a pair with this score is kept; counts ties down as they are taken.
    mutating func take(_ value: Int) -> Bool {
        if value > score { return true }
        if value == score, ties > 0 {
            ties -= 1
            return true
        }
        return false
    }

    static func from(counts: UnsafeBufferPointer<Int>, keep: Int) -> CandidateCut {
        var kept = 0
        for score in stride(from: counts.count - 1, through: 0, by: -1) {
            if kept + counts[score] >= keep { return CandidateCut(score: score, ties: keep - kept) }
            kept += counts[score]
        }
        return CandidateCut(score: 0, ties: counts[0])
    }

    /// A row's two cuts in one pass: by score (`keep`), and by score relative to each mentor's
    /// mean, shifted by 100 into 0...200 (`keepRelative`; none when `means` is empty).
    static func perRow(
        _ row: UnsafeBufferPointer<Int8>, capacities: UnsafeBufferPointer<Int>, means: UnsafeBufferPointer<Int>,
        keep: Int, keepRelative: Int
    ) -> (byScore: CandidateCut, relative: CandidateCut) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 101 + 201) { counts in
            counts.initialize(repeating: 0)
            let relative = means.isEmpty ? nil : means.baseAddress
            for j in row.indices where row[j] >= 0 && capacities[j] > 0 {
                counts[Int(row[j])] += 1
                if let relative { counts[101 + Int(row[j]) - relative[j] + 100] += 1 }
            }
            let byScore = from(counts: UnsafeBufferPointer(rebasing: counts[0..<101]), keep: keep)
            guard relative != nil else { return (byScore, CandidateCut(score: .max, ties: 0)) }
            return (byScore, from(counts: UnsafeBufferPointer(rebasing: counts[101...]), keep: keepRelative))
        }
    }

    /// One pass over the rows counts every mentor's scores; then each mentor gets its cut, and
    /// its mean allowed score, rounded down (0 with none), comes from the same counts.
    static func perColumn(_ problem: ReducedProblem, limits: CandidateLimits) -> (cuts: [CandidateCut], means: [Int]) {
        let columns = problem.scores.columns
        if limits.perSeat == 0 && limits.perColumnMargin == 0 && limits.perRowRelative == 0 {
            return ([CandidateCut](repeating: CandidateCut(score: 101, ties: 0), count: columns), [])
        }
        var counts = [Int](repeating: 0, count: columns * 101)
        counts.withUnsafeMutableBufferPointer { counts in
            problem.scores.storage.withUnsafeBufferPointer { storage in
                for mentee in problem.freeMentees {
                    let base = mentee * columns
                    for j in 0..<columns where storage[base + j] >= 0 { counts[j * 101 + Int(storage[base + j])] += 1 }
                }
            }
        }
        return counts.withUnsafeBufferPointer { all in
            let histograms = (0..<columns).map { UnsafeBufferPointer(rebasing: all[($0 * 101)..<(($0 + 1) * 101)]) }
            let cuts = (0..<columns).map { j in
                from(counts: histograms[j], keep: problem.capacities[j] * limits.perSeat + limits.perColumnMargin)
            }
            let means = histograms.map { counts in
                let (sum, total) = counts.indices.reduce((0, 0)) { ($0.0 + $1 * counts[$1], $0.1 + counts[$1]) }
                return total == 0 ? 0 : sum / total
            }
            return (cuts, means)
        }
    }
}
