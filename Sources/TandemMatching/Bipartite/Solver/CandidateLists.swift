import TandemCore

/// The candidate pairs, kept per owner (a free mentee when mentees choose, a mentor when seats
/// choose) as sorted target lists: each mentee's best mentors and each mentor's best mentees,
/// found once, plus pairs added after failed optimality checks.
struct CandidateLists {
    let orientation: Orientation
    /// Targets per owner, ascending, no repeats.
    private(set) var lists: [[Int32]]

    init(_ problem: ReducedProblem, orientation: Orientation, limits: CandidateLimits) {
        self.orientation = orientation
        let columns = problem.scores.columns
        let capacities = problem.capacities
        var lists = [[Int32]](repeating: [], count: orientation == .menteesChoose ? problem.freeMentees.count : columns)
        var (columnCut, means) = CandidateCut.perColumn(problem, limits: limits)
        if limits.perRowRelative == 0 { means = [] }
        // Raw buffers: this visits every pair once, and array writes would check uniqueness each time.
        problem.scores.storage.withUnsafeBufferPointer { storage in
            capacities.withUnsafeBufferPointer { capacities in
                means.withUnsafeBufferPointer { means in
                    columnCut.withUnsafeMutableBufferPointer { columnCut in
                        for (localRow, mentee) in problem.freeMentees.enumerated() {
                            let row = UnsafeBufferPointer(rebasing: storage[(mentee * columns)..<((mentee + 1) * columns)])
                            var (rowCut, relativeCut) = CandidateCut.perRow(
                                row, capacities: capacities, means: means, keep: limits.perRow, keepRelative: limits.perRowRelative)
                            for j in 0..<columns where capacities[j] > 0 && row[j] >= 0 {
                                let byRow = rowCut.take(Int(row[j]))
                                let byColumn = columnCut[j].take(Int(row[j]))
                                let byRelative = !means.isEmpty && relativeCut.take(Int(row[j]) - means[j] + 100)
                                guard byRow || byColumn || byRelative else { continue }
                                // Rows are visited in order, so both kinds of list come out sorted.
                                if orientation == .menteesChoose {
                                    lists[localRow].append(Int32(j))
                                } else {
                                    lists[j].append(Int32(localRow))
                                }
                            }
                        }
                    }
                }
            }
        }
        self.lists = lists
    }

    /// Merges more targets per owner.
    mutating func add(_ extra: [[Int32]]) {
        for (owner, targets) in extra.enumerated() where !targets.isEmpty {
            lists[owner] = Array(Set(lists[owner]).union(targets)).sorted()
        }
    }

    /// The compressed rows the solver reads. When seats choose, each mentor's list becomes
    /// `capacity` rows sharing one range, and `mentorOfSeat` maps rows back to mentors.
    func graph(_ problem: ReducedProblem, pairCost: PairCost) -> (graph: CandidateGraph, mentorOfSeat: [Int]) {
        let columns = problem.scores.columns
        switch orientation {
        case .menteesChoose:
            var graph = CandidateGraph(columnCount: columns)
            for (localRow, targets) in lists.enumerated() {
                graph.rowStart.append(graph.column.count)
                for j in targets { graph.append(Int32(j), pairCost.cost(problem.score(localRow, Int(j)))) }
                graph.rowEnd.append(graph.column.count)
                graph.rowGroup.append(Int32(localRow))
            }
            graph.groupCount = lists.count
            return (graph, [])
        case .seatsChoose:
            var graph = CandidateGraph(columnCount: problem.freeMentees.count)
            var mentorOfSeat: [Int] = []
            for (j, targets) in lists.enumerated() where problem.capacities[j] > 0 {
                let start = graph.column.count
                for localRow in targets { graph.append(localRow, pairCost.cost(problem.score(Int(localRow), j))) }
                for _ in 0..<problem.capacities[j] {
                    graph.rowStart.append(start)
                    graph.rowEnd.append(graph.column.count)
                    graph.rowGroup.append(Int32(j))
                    mentorOfSeat.append(j)
                }
            }
            graph.groupCount = lists.count
            return (graph, mentorOfSeat)
        }
    }
}

extension ReducedProblem {
    /// The raw score byte of a free mentee (local row) and a mentor; only called for allowed pairs.
    func score(_ localRow: Int, _ mentor: Int) -> Int8 {
        scores.storage[freeMentees[localRow] * scores.columns + mentor]
    }
}
