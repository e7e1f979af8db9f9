extension CandidateGraph {
    /// Rows are mentor seats, `capacity` per mentor in mentor order, sharing the mentor's
    /// candidates; columns are free mentees (local order). Each mentor keeps its best mentees,
    /// each mentee its best mentors, plus `extra[mentor]`.
    static func seatRows(
        _ problem: ReducedProblem, pairCost: PairCost, limits: CandidateLimits, extra: [[Int32]]
    ) -> (graph: CandidateGraph, mentorOfSeat: [Int]) {
        let columns = problem.scores.columns
        let capacities = problem.capacities
        var columnCut = CandidateCut.perColumn(problem, limits: limits)
        var candidates = [[(mentee: Int32, cost: Int64)]](repeating: [], count: columns)
        problem.scores.storage.withUnsafeBufferPointer { storage in
            for (localRow, mentee) in problem.freeMentees.enumerated() {
                let row = UnsafeBufferPointer(rebasing: storage[(mentee * columns)..<((mentee + 1) * columns)])
                var rowCut = CandidateCut.perRow(row, capacities: capacities, keep: limits.perRow)
                for j in 0..<columns where capacities[j] > 0 {
                    let score = row[j]
                    guard score >= 0 else { continue }
                    let byRow = rowCut.take(score)
                    let byColumn = columnCut[j].take(score)
                    if byRow || byColumn {
                        candidates[j].append((Int32(localRow), pairCost.cost(score)))
                    }
                }
            }
        }
        // Pairs from failed proofs, merged in mentee order without repeats.
        for (j, mentees) in extra.enumerated() where !mentees.isEmpty {
            var merged: [Int32: Int64] = [:]
            for candidate in candidates[j] { merged[candidate.mentee] = candidate.cost }
            for mentee in mentees {
                merged[mentee] = pairCost.cost(Int8(problem.scores[problem.freeMentees[Int(mentee)], j] ?? 0))
            }
            candidates[j] = merged.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        var graph = CandidateGraph(columnCount: problem.freeMentees.count)
        var mentorOfSeat: [Int] = []
        for j in 0..<columns where capacities[j] > 0 {
            let start = graph.column.count
            for candidate in candidates[j] {
                graph.column.append(candidate.mentee)
                graph.cost.append(candidate.cost)
            }
            for _ in 0..<capacities[j] {
                graph.rowStart.append(start)
                graph.rowEnd.append(graph.column.count)
                mentorOfSeat.append(j)
            }
        }
        return (graph, mentorOfSeat)
    }
}
