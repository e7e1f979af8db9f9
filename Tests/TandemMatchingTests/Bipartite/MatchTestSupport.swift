import Foundation
import TandemCore
@testable import TandemMatching

/// A small seeded generator (SplitMix64) so property tests replay exactly.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A random problem: each pair forbidden with probability `forbidden`, scores drawn from a few
/// values so that ties are common.
func randomProblem(
    _ random: inout SeededRandom, mentees: Int, mentors: Int, capacities: ClosedRange<Int> = 0...3,
    forbidden: Double = 0.25, scoreValues: [Int] = [0, 10, 25, 50, 50, 75, 90, 100]
) -> AssignmentProblem {
    var table = ScoreTable(rows: mentees, columns: mentors)
    for i in 0..<mentees {
        for j in 0..<mentors where Double.random(in: 0..<1, using: &random) >= forbidden {
            table[i, j] = scoreValues.randomElement(using: &random)
        }
    }
    return AssignmentProblem(
        menteeIDs: (0..<mentees).map { "e\($0)" }, mentorIDs: (0..<mentors).map { "m\($0)" },
        capacities: (0..<mentors).map { _ in Int.random(in: capacities, using: &random) }, scores: table)
}

/// Every feasible assignment, by depth-first search: the reference the exact solver must equal.
enum BruteForce {
    /// The best (matched, total) under the objective: `score` ranks by total then matched,
    /// `coverage` by matched then total.
    static func best(_ problem: AssignmentProblem, objective: MatchObjective) -> (total: Int, matched: Int) {
        var capacity = problem.capacities
        var best: (total: Int, matched: Int)?
        var pinned = [Int?](repeating: nil, count: problem.menteeIDs.count)
        for pin in problem.pins { pinned[pin.mentee] = pin.mentor }
        let forbids = Set(problem.forbids)

        func better(_ a: (total: Int, matched: Int), than b: (total: Int, matched: Int)) -> Bool {
            objective == .coverage ? (a.matched, a.total) > (b.matched, b.total) : (a.total, a.matched) > (b.total, b.matched)
        }

        func visit(_ mentee: Int, _ total: Int, _ matched: Int) {
            if mentee == problem.menteeIDs.count {
                if best.map({ better((total, matched), than: $0) }) ?? true { best = (total, matched) }
                return
            }
            let choices = pinned[mentee].map { [$0] } ?? Array(0..<problem.mentorIDs.count)
            if pinned[mentee] == nil { visit(mentee + 1, total, matched) }
            for mentor in choices where capacity[mentor] > 0 {
                guard let score = problem.scores[mentee, mentor], !forbids.contains(MatchPair(mentee: mentee, mentor: mentor))
                else { continue }
                capacity[mentor] -= 1
                visit(mentee + 1, total + score, matched + 1)
                capacity[mentor] += 1
            }
        }
        visit(0, 0, 0)
        return best ?? (0, 0)
    }
}

/// Checks a result keeps the rules: allowed pairs, capacities, pins, consistent totals.
func isFeasible(_ result: AssignmentResult, for problem: AssignmentProblem) -> Bool {
    var used = [Int](repeating: 0, count: problem.mentorIDs.count)
    let forbids = Set(problem.forbids)
    for pair in result.assignments {
        guard problem.scores[pair.mentee, pair.mentor] == pair.score,
              !forbids.contains(MatchPair(mentee: pair.mentee, mentor: pair.mentor)) else { return false }
        used[pair.mentor] += 1
    }
    let placed = Dictionary(uniqueKeysWithValues: result.assignments.map { ($0.mentee, $0.mentor) })
    return zip(used, problem.capacities).allSatisfy { $0 <= $1 }
        && problem.pins.allSatisfy { placed[$0.mentee] == $0.mentor }
        && result.matched + result.unmatched.count == problem.menteeIDs.count
        && result.totalScore == result.assignments.reduce(0) { $0 + $1.score }
}
