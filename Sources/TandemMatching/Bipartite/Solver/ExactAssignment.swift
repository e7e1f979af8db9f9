import TandemCore

/// The `score` and `coverage` objectives: solve on candidate pairs, prove the result optimal
/// on every pair, and re-solve with any pair that fails the proof.
enum ExactAssignment {
    /// After this many failed proofs, solve on all pairs (exact without any pruning).
    static let roundsBeforeFullGraph = 12

    /// Each free mentee's mentor (by local row), or nil for unmatched.
    static func solve(_ problem: ReducedProblem, objective: MatchObjective) -> [Int?] {
        // At most one match per mentee, so the mentee count bounds the number of matches.
        let pairCost = PairCost(objective: objective, rows: problem.freeMentees.count)
        let orientation = Orientation.choose(problem)
        var candidates = CandidateLists(problem, orientation: orientation, limits: .firstRound)
        for round in 0... {
            if round == roundsBeforeFullGraph {
                candidates = CandidateLists(problem, orientation: orientation, limits: .everything)
            }
            let (graph, mentorOfSeat) = candidates.graph(problem, pairCost: pairCost)
            var solver = ShortestAugmentingPaths(rows: graph.rowCount, capacities: columnCapacities(problem, orientation))
            solver.solve(graph)
            let check = OptimalityCheck.violations(
                problem, orientation: orientation, pairCost: pairCost, rowPrice: solver.rowPrice,
                columnPrice: solver.columnPrice, mentorOfSeat: mentorOfSeat)
            if check.count == 0 || round >= roundsBeforeFullGraph {
                return mentors(solver.columnOf, orientation: orientation, mentorOfSeat: mentorOfSeat, menteeCount: problem.freeMentees.count)
            }
            candidates.add(check.byOwner)
        }
        return []
    }

    private static func columnCapacities(_ problem: ReducedProblem, _ orientation: Orientation) -> [Int] {
        orientation == .menteesChoose ? problem.capacities : [Int](repeating: 1, count: problem.freeMentees.count)
    }

    private static func mentors(_ columnOf: [Int32], orientation: Orientation, mentorOfSeat: [Int], menteeCount: Int) -> [Int?] {
        switch orientation {
        case .menteesChoose:
            return columnOf.map { $0 >= 0 ? Int($0) : nil }
        case .seatsChoose:
            var mentorOf = [Int?](repeating: nil, count: menteeCount)
            for (seat, mentee) in columnOf.enumerated() where mentee >= 0 { mentorOf[Int(mentee)] = mentorOfSeat[seat] }
            return mentorOf
        }
    }
}
