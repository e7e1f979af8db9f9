import Foundation
import TandemCore

/// Turns participants into a solved, explained proposal: score every pair, drop the ineligible
/// and the forbidden, honour pins, solve exactly for the chosen objective, then explain.
public enum MatchPlanner {
    public static func plan(
        mentees: [MatchProfile], mentors: [MatchProfile], criteria: MatchCriteria, objective: MatchObjective,
        pins: [(mentee: UUID, mentor: UUID)] = [], forbids: [(mentee: UUID, mentor: UUID)] = []
    ) throws -> MatchProposal {
        let menteeIndex = Dictionary(uniqueKeysWithValues: mentees.enumerated().map { ($1.id, $0) })
        let mentorIndex = Dictionary(uniqueKeysWithValues: mentors.enumerated().map { ($1.id, $0) })
        let forbidden = Set(forbids.map { "\($0.mentee)|\($0.mentor)" })
        var edges: [AssignmentEdge] = []
        var scores: [Int: PairScore] = [:]
        var firstBlock: [Int: Ineligibility] = [:]
        // Prepared profiles make scoring every pair cheap (lower-cased skill sets and so on).
        let index = ScoringIndex(mentors: mentors, criteria: criteria)
        for (i, mentee) in mentees.enumerated() {
            let prepared = index.prepare(mentee: mentee)
            for (j, mentor) in mentors.enumerated() {
                let score = PairScorer.score(mentee: prepared, mentor: index.mentors[j], criteria: index.criteria)
                guard score.isEligible else {
                    if firstBlock[i] == nil { firstBlock[i] = score.ineligibility }
                    continue
                }
                if forbidden.contains("\(mentee.id)|\(mentor.id)") { continue }
                edges.append(AssignmentEdge(mentee: i, mentor: j, score: score.score))
                scores[i * mentors.count + j] = score
            }
        }
        var ignoredPins: [String] = []
        var pinIndices: [MatchPair] = []
        for pin in pins {
            guard let i = menteeIndex[pin.mentee], let j = mentorIndex[pin.mentor], scores[i * mentors.count + j] != nil else {
                ignoredPins.append("\(pin.mentee)→\(pin.mentor)")
                continue
            }
            pinIndices.append(MatchPair(mentee: i, mentor: j))
        }
        let problem = try AssignmentProblem(
            menteeIDs: mentees.map(\.id.uuidString), mentorIDs: mentors.map(\.id.uuidString),
            capacities: mentors.map { max(0, $0.seatsLeft) }, edges: edges, pins: pinIndices
        )
        let result = try AssignmentSolver.solve(problem, objective: objective)
        let pinned = Set(pinIndices.map { "\($0.mentee)|\($0.mentor)" })
        let pairs = result.assignments.map { a in
            MatchProposal.Pair(
                menteeID: mentees[a.mentee].id, menteeName: mentees[a.mentee].name,
                mentorID: mentors[a.mentor].id, mentorName: mentors[a.mentor].name, score: a.score,
                reasons: scores[a.mentee * mentors.count + a.mentor]?.reasons ?? [],
                pinned: pinned.contains("\(a.mentee)|\(a.mentor)")
            )
        }.sorted { ($0.mentorName, $0.menteeName) < ($1.mentorName, $1.menteeName) }
        let hasEdge = Set(edges.map(\.mentee))
        let unmatched = result.unmatched.map { i in
            MatchProposal.Unmatched(id: mentees[i].id, name: mentees[i].name,
                                    reason: unmatchedReason(hasEligibleMentor: hasEdge.contains(i), block: firstBlock[i], objective: objective))
        }.sorted { $0.name < $1.name }
        return MatchProposal(
            objective: objective, totalScore: result.totalScore, menteeCount: mentees.count,
            seatCount: mentors.reduce(0) { $0 + max(0, $1.seatsLeft) }, pairs: pairs, unmatched: unmatched, ignoredPins: ignoredPins
        )
    }

    static func unmatchedReason(hasEligibleMentor: Bool, block: Ineligibility?, objective: MatchObjective) -> String {
        if !hasEligibleMentor {
            return "No eligible mentor" + (block.map { ": for example, \($0.sentence.prefix(1).lowercased() + $0.sentence.dropFirst())" } ?? ".")
        }
        switch objective {
        case .stable: return "Every mentor they could have had preferred the mentees they got."
        case .coverage: return "Their eligible mentors' seats were all needed to match as many people as possible."
        case .score: return "Their eligible mentors' seats went to pairs that add up to a higher total score."
        }
    }
}
