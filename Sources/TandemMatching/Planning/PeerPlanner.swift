import Foundation
import TandemCore

/// The peer and co-mentoring version of `MatchPlanner`: one pool, symmetric scores that name
/// what each person can teach the other, and an exact general-graph matching.
public enum PeerPlanner {
    public static func plan(
        people: [MatchProfile], criteria: MatchCriteria, objective: PeerObjective,
        pins: [(UUID, UUID)] = [], forbids: [(UUID, UUID)] = [], allowTrio: Bool = false
    ) throws -> MatchProposal {
        let position = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1.id, $0) })
        let index = ScoringIndex(mentors: people, criteria: criteria)
        let forbidden = Set(forbids.compactMap { pair -> String? in
            guard let a = position[pair.0], let b = position[pair.1] else { return nil }
            return key(a, b)
        })
        var edges: [PeerEdge] = []
        var scores: [String: PairScore] = [:]
        var blocked: [Int: Ineligibility] = [:]
        for a in people.indices {
            for b in people.indices where b > a {
                let score = PeerPairScorer.score(a: index.mentors[a], b: index.mentors[b], criteria: index.criteria)
                guard score.isEligible else {
                    blocked[a] = blocked[a] ?? score.ineligibility
                    blocked[b] = blocked[b] ?? score.ineligibility
                    continue
                }
                if forbidden.contains(key(a, b)) { continue }
                edges.append(PeerEdge(a: a, b: b, score: score.score))
                scores[key(a, b)] = score
            }
        }
        var ignoredPins: [String] = []
        var pinIndices: [(Int, Int)] = []
        for pin in pins {
            guard let a = position[pin.0], let b = position[pin.1], scores[key(a, b)] != nil else {
                ignoredPins.append("\(pin.0)↔\(pin.1)")
                continue
            }
            pinIndices.append((min(a, b), max(a, b)))
        }
        let problem = PeerProblem(ids: people.map(\.id.uuidString), edges: edges, pins: pinIndices, allowTrio: allowTrio)
        let result = try PeerMatchingSolver.solve(problem, objective: objective)
        let pairs = result.pairs.map { p in
            MatchProposal.Pair(menteeID: people[p.a].id, menteeName: people[p.a].name, mentorID: people[p.b].id,
                               mentorName: people[p.b].name, score: p.score, reasons: scores[key(p.a, p.b)]?.reasons ?? [],
                               pinned: p.pinned)
        }.sorted { ($0.menteeName, $0.mentorName) < ($1.menteeName, $1.mentorName) }
        let unpaired = result.unpaired.map { u in
            MatchProposal.Unmatched(id: people[u.index].id, name: people[u.index].name,
                                    reason: reason(u.reason, blocked: blocked[u.index]))
        }.sorted { $0.name < $1.name }
        var proposal = MatchProposal(
            objective: objective == .coverage ? .coverage : .score, totalScore: result.totalScore, menteeCount: people.count,
            seatCount: people.count, pairs: pairs, unmatched: unpaired, ignoredPins: ignoredPins
        )
        proposal.isPeerPool = true
        if let trio = result.trio {
            proposal.trio = .init(pairFirstID: people[trio.pair.a].id, pairSecondID: people[trio.pair.b].id,
                                  thirdID: people[trio.third].id, thirdName: people[trio.third].name, addedScore: trio.addedScore)
        }
        return proposal
    }

    static func key(_ a: Int, _ b: Int) -> String { a < b ? "\(a)|\(b)" : "\(b)|\(a)" }

    static func reason(_ reason: PeerUnpairedReason, blocked: Ineligibility?) -> String {
        switch reason {
        case .noEligiblePartner:
            return "No eligible partner" + (blocked.map { ": for example, \($0.sentence.prefix(1).lowercased() + $0.sentence.dropFirst())" } ?? ".")
        case .noPositiveScore: return "No partner with anything to teach or learn in common."
        case .oddOneOut: return "Odd one out: their possible partners were better used in other pairs."
        }
    }
}
