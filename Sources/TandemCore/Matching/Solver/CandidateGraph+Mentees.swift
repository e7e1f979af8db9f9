extension CandidateGraph {
    /// Rows are free mentees (local order), columns are mentors. Each mentee keeps its best
    /// mentors, each mentor its best mentees, plus `extra[row]`.
    static func menteeRows(
        _ problem: ReducedProblem, pairCost: PairCost, limits: CandidateLimits, extra: [[Int32]]
    ) -> CandidateGraph {
        let columns = problem.scores.columns
        let capacities = problem.capacities
        var graph = CandidateGraph(columnCount: columns)
        var columnCut = CandidateCut.perColumn(problem, limits: limits)
        problem.scores.storage.withUnsafeBufferPointer { storage in
            for (localRow, mentee) in problem.freeMentees.enumerated() {
                let row = UnsafeBufferPointer(rebasing: storage[(mentee * columns)..<((mentee + 1) * columns)])
                var rowCut = CandidateCut.perRow(row, capacities: capacities, keep: limits.perRow)
                let extraColumns = extra[localRow].isEmpty ? [] : Set(extra[localRow])
                graph.rowStart.append(graph.column.count)
                for j in 0..<columns where capacities[j] > 0 {
                    let score = row[j]
                    guard score >= 0 else { continue }
                    let byRow = rowCut.take(score)
                    let byColumn = columnCut[j].take(score)
                    if byRow || byColumn || (!extraColumns.isEmpty && extraColumns.contains(Int32(j))) {
                        graph.column.append(Int32(j))
                        graph.cost.append(pairCost.cost(score))
                    }
                }
                graph.rowEnd.append(graph.column.count)
            }
        }
        return graph
    }
}
