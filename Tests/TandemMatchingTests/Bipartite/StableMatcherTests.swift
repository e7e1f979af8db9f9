import Testing
import TandemCore
@testable import TandemMatching

@Suite struct StableMatcherTests {
    /// Mentor j's strict ranking of mentee i: mentor score, then pair score, then lower position.
    private func mentorRank(_ problem: AssignmentProblem, _ i: Int, _ j: Int) -> (Int, Int, Int) {
        let own = problem.scores[i, j] ?? 0
        return (problem.mentorScores?[i, j] ?? own, own, -i)
    }

    /// Pairs where both sides strictly prefer each other to what they have.
    private func blockingPairs(_ result: AssignmentResult, _ problem: AssignmentProblem) -> [MatchPair] {
        let mentorOf = Dictionary(uniqueKeysWithValues: result.assignments.map { ($0.mentee, $0.mentor) })
        var held = [[Int]](repeating: [], count: problem.mentorIDs.count)
        for pair in result.assignments { held[pair.mentor].append(pair.mentee) }
        var blocking: [MatchPair] = []
        for i in problem.menteeIDs.indices {
            for j in problem.mentorIDs.indices where mentorOf[i] != j && problem.capacities[j] > 0 {
                guard let score = problem.scores[i, j], problem.mentorScores.map({ $0[i, j] != nil }) ?? true else { continue }
                let menteeWants = mentorOf[i].map { current in
                    let now = problem.scores[i, current] ?? 0
                    return score > now || (score == now && j < current)
                } ?? true
                let mentorWants = held[j].count < problem.capacities[j]
                    || held[j].contains { mentorRank(problem, i, j) > mentorRank(problem, $0, j) }
                if menteeWants && mentorWants { blocking.append(MatchPair(mentee: i, mentor: j)) }
            }
        }
        return blocking
    }

    @Test func noBlockingPairsOnRandomProblems() throws {
        var random = SeededRandom(seed: 31)
        for round in 0..<300 {
            // arrange
            var problem = randomProblem(&random, mentees: Int.random(in: 0...9, using: &random), mentors: Int.random(in: 1...5, using: &random))
            if round.isMultiple(of: 2) {
                problem.mentorScores = randomProblem(&random, mentees: problem.menteeIDs.count, mentors: problem.mentorIDs.count, forbidden: 0.1).scores
            }
            // act
            let result = try AssignmentSolver.solve(problem, objective: .stable)
            // assert
            #expect(isFeasible(result, for: problem), "round \(round)")
            #expect(blockingPairs(result, problem).isEmpty, "round \(round)")
            #expect(try AssignmentSolver.solve(problem, objective: .stable) == result)
        }
    }

    @Test func menteesGetTheirFavouriteWhenMentorsAgree() throws {
        // arrange: both want m0; m0 ranks e1 higher by its own scores.
        var table = ScoreTable(rows: 2, columns: 2)
        (table[0, 0], table[0, 1], table[1, 0], table[1, 1]) = (90, 40, 80, 70)
        var mentorView = table
        (mentorView[0, 0], mentorView[1, 0]) = (10, 95)
        let problem = AssignmentProblem(menteeIDs: ["e0", "e1"], mentorIDs: ["m0", "m1"], capacities: [1, 1],
                                        scores: table, mentorScores: mentorView)
        // act
        let result = try AssignmentSolver.solve(problem, objective: .stable)
        // assert
        #expect(result.assignments == [Assignment(mentee: 0, mentor: 1, score: 40), Assignment(mentee: 1, mentor: 0, score: 80)])
    }
}
