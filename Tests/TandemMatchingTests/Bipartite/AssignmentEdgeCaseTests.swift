import Testing
import TandemCore
@testable import TandemMatching

@Suite struct AssignmentEdgeCaseTests {
    private func problem(_ rows: [[Int?]], capacities: [Int]) -> AssignmentProblem {
        var table = ScoreTable(rows: rows.count, columns: capacities.count)
        for (i, row) in rows.enumerated() { for (j, score) in row.enumerated() { table[i, j] = score } }
        return AssignmentProblem(
            menteeIDs: rows.indices.map { "e\($0)" }, mentorIDs: capacities.indices.map { "m\($0)" },
            capacities: capacities, scores: table)
    }

    @Test(arguments: MatchObjective.allCases)
    func zeroCapacityMentorTakesNoOne(objective: MatchObjective) throws {
        let result = try AssignmentSolver.solve(problem([[90, 10], [80, 20]], capacities: [0, 1]), objective: objective)
        #expect(result.assignments.allSatisfy { $0.mentor == 1 })
        #expect(result.matched == 1)
    }

    @Test(arguments: MatchObjective.allCases)
    func allForbiddenLeavesEveryoneUnmatched(objective: MatchObjective) throws {
        let result = try AssignmentSolver.solve(problem([[nil, nil], [nil, nil]], capacities: [2, 2]), objective: objective)
        #expect(result.matched == 0 && result.totalScore == 0 && result.unmatched == [0, 1])
    }

    @Test(arguments: MatchObjective.allCases)
    func moreSeatsThanMenteesMatchesEveryone(objective: MatchObjective) throws {
        let result = try AssignmentSolver.solve(problem([[50, 60], [70, 10], [0, 5]], capacities: [5, 5]), objective: objective)
        #expect(result.matched == 3 && result.unmatched.isEmpty)
    }

    @Test func scorePrefersMatchingOnZeroScoreTies() throws {
        let result = try AssignmentSolver.solve(problem([[0], [0]], capacities: [1]), objective: .score)
        #expect(result.matched == 1 && result.totalScore == 0)
    }

    @Test func coverageTradesScoreForAnotherMatch() throws {
        // arrange: e0 is great with m0 but can go to m1; e1 only fits m0.
        let rows: [[Int?]] = [[100, 10], [30, nil]]
        // act
        let score = try AssignmentSolver.solve(problem(rows, capacities: [1, 1]), objective: .score)
        let coverage = try AssignmentSolver.solve(problem(rows, capacities: [1, 1]), objective: .coverage)
        // assert
        #expect(score.totalScore == 100 && score.matched == 1)
        #expect(coverage.totalScore == 40 && coverage.matched == 2)
    }

    @Test func tiesAreDeterministic() throws {
        let tied = problem(Array(repeating: [50, 50, 50], count: 4), capacities: [1, 1, 1])
        for objective in MatchObjective.allCases {
            let first = try AssignmentSolver.solve(tied, objective: objective)
            #expect(try AssignmentSolver.solve(tied, objective: objective) == first)
            #expect(first.matched == 3 && first.totalScore == 150)
        }
    }

    @Test(arguments: MatchObjective.allCases)
    func pinsAndForbidsAreHonoured(objective: MatchObjective) throws {
        // arrange: without rules e0–m0 and e1–m1 are best.
        var rules = problem([[90, 10], [10, 90]], capacities: [1, 1])
        rules.pins = [MatchPair(mentee: 0, mentor: 1)]
        rules.forbids = [MatchPair(mentee: 1, mentor: 1)]
        // act
        let result = try AssignmentSolver.solve(rules, objective: objective)
        // assert
        #expect(result.assignments.contains(Assignment(mentee: 0, mentor: 1, score: 10)))
        #expect(!result.assignments.contains { $0.mentee == 1 && $0.mentor == 1 })
    }

    @Test func badProblemsThrowCodedErrors() {
        var bad = problem([[10]], capacities: [1])
        bad.capacities = [-1]
        #expect(throws: AssignmentError.negativeCapacity(mentor: 0)) { try AssignmentSolver.solve(bad, objective: .score) }
        var pinned = problem([[nil]], capacities: [1])
        pinned.pins = [MatchPair(mentee: 0, mentor: 0)]
        #expect(throws: AssignmentError.pinForbidden(mentee: 0, mentor: 0)) { try AssignmentSolver.solve(pinned, objective: .score) }
        var twice = problem([[10], [10]], capacities: [1])
        twice.pins = [MatchPair(mentee: 0, mentor: 0), MatchPair(mentee: 1, mentor: 0)]
        #expect(throws: AssignmentError.pinsOverCapacity(mentor: 0)) { try AssignmentSolver.solve(twice, objective: .score) }
        #expect(throws: AssignmentError.self) {
            try AssignmentProblem(menteeIDs: ["e"], mentorIDs: ["m"], capacities: [1], edges: [AssignmentEdge(mentee: 0, mentor: 0, score: 101)])
        }
    }
}
