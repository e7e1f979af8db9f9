import TandemCore

/// Solves bulk matching problems: exactly for `score` and `coverage`, by deferred acceptance
/// for `stable`. Pins are placed first; forbidden pairs are never used. Deterministic.
public enum AssignmentSolver {
    public static func solve(_ problem: AssignmentProblem, objective: MatchObjective) throws(AssignmentError) -> AssignmentResult {
        let reduced = try ReducedProblem(problem)
        let local: [Int?] = switch objective {
        case .score, .coverage: ExactAssignment.solve(reduced, objective: objective)
        case .stable: StableMatcher.solve(reduced, mentorScores: problem.mentorScores)
        }
        var mentorOf = reduced.pinnedMentor
        for (localRow, mentee) in reduced.freeMentees.enumerated() { mentorOf[mentee] = local[localRow] }
        return AssignmentResult(objective: objective, mentorOf: mentorOf, scores: reduced.scores)
    }
}
