import Foundation
/// The `score` and `coverage` objectives: solve on candidate pairs, prove the result optimal
/// on every pair, and re-solve with any pair that fails the proof.
enum ExactAssignment {
    /// After this many failed proofs, solve on all pairs (exact without any pruning).
    static let roundsBeforeFullGraph = 12

    /// Each free mentee's mentor (by local row), or nil for unmatched.
    static func solve(_ problem: ReducedProblem, objective: MatchObjective) -> [Int?] {
        let seats = problem.capacities.reduce(0, +)
        let pairCost = PairCost(objective: objective, rows: Swift.max(problem.freeMentees.count, seats))
        switch Orientation.choose(problem) {
        case .menteesChoose: return menteesChoose(problem, pairCost)
        case .seatsChoose: return seatsChoose(problem, pairCost)
        }
    }

    private static func menteesChoose(_ problem: ReducedProblem, _ pairCost: PairCost) -> [Int?] {
        var extra = [[Int32]](repeating: [], count: problem.freeMentees.count)
        for round in 0... {
            let full = round >= roundsBeforeFullGraph
            let graph = CandidateGraph.menteeRows(problem, pairCost: pairCost, limits: full ? .everything : .firstRound, extra: extra)
            var solver = ShortestAugmentingPaths(rows: graph.rowCount, capacities: problem.capacities)
            let t1 = Date()
            solver.solve(graph)
            print("DEBUG round", round, graph.rowCount, graph.column.count, Date().timeIntervalSince(t1))
            let check = OptimalityCheck.menteeRows(
                problem, pairCost: pairCost, menteePrice: solver.rowPrice, mentorPrice: solver.columnPrice)
            if check.count == 0 || full { return solver.columnOf.map { $0 >= 0 ? Int($0) : nil } }
            for (row, columns) in check.byRow.enumerated() { extra[row].append(contentsOf: columns) }
        }
        return []
    }

    private static func seatsChoose(_ problem: ReducedProblem, _ pairCost: PairCost) -> [Int?] {
        var extra = [[Int32]](repeating: [], count: problem.scores.columns)
        for round in 0... {
            let full = round >= roundsBeforeFullGraph
            let (graph, mentorOfSeat) = CandidateGraph.seatRows(
                problem, pairCost: pairCost, limits: full ? .everything : .firstRound, extra: extra)
            var solver = ShortestAugmentingPaths(
                rows: graph.rowCount, capacities: [Int](repeating: 1, count: problem.freeMentees.count))
            let t1 = Date()
            solver.solve(graph)
            print("DEBUG round", round, graph.rowCount, graph.column.count, Date().timeIntervalSince(t1))
            let check = OptimalityCheck.seatRows(
                problem, pairCost: pairCost, seatPrice: solver.rowPrice, mentorOfSeat: mentorOfSeat,
                menteePrice: solver.columnPrice)
            if check.count == 0 || full {
                var mentorOf = [Int?](repeating: nil, count: problem.freeMentees.count)
                for (seat, mentee) in solver.columnOf.enumerated() where mentee >= 0 { mentorOf[Int(mentee)] = mentorOfSeat[seat] }
                return mentorOf
            }
            for (mentor, mentees) in check.byRow.enumerated() { extra[mentor].append(contentsOf: mentees) }
        }
        return []
    }

}
