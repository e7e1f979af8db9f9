import TandemCore
@testable import TandemMatching

/// A small seeded generator (xorshift64), so every random test case can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}

/// The optimum by trying every matching: (pairs, total score) under the objective's order.
enum BruteForceMatching {
    static func best(_ n: Int, _ edges: [PeerEdge], objective: PeerObjective) -> (pairs: Int, score: Int) {
        var weight = [[Int?]](repeating: [Int?](repeating: nil, count: n), count: n)
        for e in edges {
            weight[e.a][e.b] = e.score
            weight[e.b][e.a] = e.score
        }
        var memo: [Int: (Int, Int)] = [:]
        func better(_ x: (Int, Int), _ y: (Int, Int)) -> Bool {
            objective == .coverage ? (x.0, x.1) > (y.0, y.1) : x.1 > y.1
        }
        func solve(_ used: Int) -> (Int, Int) {
            if let known = memo[used] { return known }
            guard let i = (0..<n).first(where: { used & (1 << $0) == 0 }) else { return (0, 0) }
            var best = solve(used | 1 << i)
            for j in (i + 1)..<max(i + 1, n) where used & (1 << j) == 0 {
                guard let w = weight[i][j] else { continue }
                let rest = solve(used | 1 << i | 1 << j)
                let candidate = (rest.0 + 1, rest.1 + w)
                if better(candidate, best) { best = candidate }
            }
            memo[used] = best
            return best
        }
        return solve(0)
    }
}

/// A random pool: `n` people, each pair present with probability `density`, scores in `scores`.
func randomProblem(
    _ n: Int, density: Double, scores: ClosedRange<Int>, using rng: inout SeededGenerator
) -> PeerProblem {
    var edges: [PeerEdge] = []
    for a in 0..<n {
        for b in (a + 1)..<max(a + 1, n) where Double.random(in: 0..<1, using: &rng) < density {
            edges.append(PeerEdge(a: a, b: b, score: Int.random(in: scores, using: &rng)))
        }
    }
    return PeerProblem(ids: (0..<n).map { "p\($0)" }, edges: edges)
}

/// Checks the result is a matching over allowed pairs with the scores it claims.
func isValidMatching(_ result: PeerResult, _ problem: PeerProblem) -> Bool {
    var seen = Set<Int>()
    let allowed = Dictionary(problem.edges.map { (Set([$0.a, $0.b]), $0.score) }, uniquingKeysWith: { x, _ in x })
    for pair in result.pairs {
        guard seen.insert(pair.a).inserted, seen.insert(pair.b).inserted else { return false }
        guard allowed[Set([pair.a, pair.b])] == pair.score else { return false }
    }
    let unpaired = Set(result.unpaired.map(\.index)).union(result.trio.map { [$0.third] } ?? [])
    return seen.union(unpaired).count == problem.ids.count && seen.isDisjoint(with: unpaired)
        && result.totalScore == result.pairs.reduce(0) { $0 + $1.score }
}
