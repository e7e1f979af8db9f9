/// `score` maximises the total score; `coverage` pairs as many people as possible, then
/// maximises the score among those pairings.
public enum PeerObjective: String, Sendable, CaseIterable {
    case score
    case coverage
}
