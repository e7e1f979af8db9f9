import Testing
import TandemCore
@testable import TandemMatching

@Suite struct ExactSolverPropertyTests {
    @Test(arguments: [MatchObjective.score, .coverage])
    func equalsBruteForceOnSmallRandomProblems(objective: MatchObjective) throws {
        var random = SeededRandom(seed: 20_260_521)
        for round in 0..<400 {
            // arrange
            let problem = randomProblem(
                &random, mentees: Int.random(in: 0...7, using: &random), mentors: Int.random(in: 0...4, using: &random))
            // act
            let result = try AssignmentSolver.solve(problem, objective: objective)
            // assert
            let best = BruteForce.best(problem, objective: objective)
            #expect(isFeasible(result, for: problem), "round \(round)")
            #expect(result.totalScore == best.total && result.matched == best.matched, "round \(round)")
        }
    }

    @Test(arguments: [MatchObjective.score, .coverage])
    func honoursRandomPinsAndForbids(objective: MatchObjective) throws {
        var random = SeededRandom(seed: 7)
        for round in 0..<200 {
            // arrange
            var problem = randomProblem(&random, mentees: 6, mentors: 3, capacities: 1...3, forbidden: 0.1)
            let pairs = (0..<6).flatMap { i in (0..<3).map { MatchPair(mentee: i, mentor: $0) } }
                .filter { problem.scores[$0.mentee, $0.mentor] != nil }
            problem.forbids = Array(pairs.shuffled(using: &random).prefix(3))
            if let pin = pairs.first(where: { !problem.forbids.contains($0) }) { problem.pins = [pin] }
            // act
            let result = try AssignmentSolver.solve(problem, objective: objective)
            // assert
            let best = BruteForce.best(problem, objective: objective)
            #expect(isFeasible(result, for: problem), "round \(round)")
            #expect(result.totalScore == best.total && result.matched == best.matched, "round \(round)")
        }
    }

    @Test func largerProblemsNeedingSeveralRoundsStayOptimal() throws {
        // Many tied scores and more mentees than seats make the first candidate set too small,
        // so the optimality check has to add pairs; a solve on all pairs is the reference.
        var random = SeededRandom(seed: 99)
        for _ in 0..<5 {
            let problem = randomProblem(&random, mentees: 120, mentors: 60, capacities: 0...2, forbidden: 0.3)
            let reduced = try ReducedProblem(problem)
            for objective in [MatchObjective.score, .coverage] {
                let result = try AssignmentSolver.solve(problem, objective: objective)
                let reference = ReferenceAssignment.solveOnAllPairs(reduced, objective: objective)
                #expect(isFeasible(result, for: problem))
                #expect(result.totalScore == reference.total && result.matched == reference.matched)
            }
        }
    }
}

/// The exact solver with no pruning, in the mentee orientation: an independent reference.
enum ReferenceAssignment {
    static func solveOnAllPairs(_ problem: ReducedProblem, objective: MatchObjective) -> (total: Int, matched: Int) {
        let cost = PairCost(objective: objective, rows: problem.freeMentees.count)
        let graph = CandidateLists(problem, orientation: .menteesChoose, limits: .everything).graph(problem, pairCost: cost).graph
        var solver = ShortestAugmentingPaths(rows: graph.rowCount, capacities: problem.capacities)
        solver.solve(graph)
        var (total, matched) = (0, 0)
        for (row, column) in solver.columnOf.enumerated() where column >= 0 {
            total += problem.scores[problem.freeMentees[row], Int(column)] ?? 0
            matched += 1
        }
        return (total, matched)
    }
}
