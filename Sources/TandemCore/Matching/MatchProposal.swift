import Foundation

/// What an admin reviews before approving a match run: every pair with its reasons, and
/// everyone left unmatched with why.
public struct MatchProposal: Codable, Sendable, Hashable {
    public struct Pair: Codable, Sendable, Hashable {
        public let menteeID: UUID
        public let menteeName: String
        public let mentorID: UUID
        public let mentorName: String
        public let score: Int
        public let reasons: [ScoreReason]
        public let pinned: Bool

        public init(menteeID: UUID, menteeName: String, mentorID: UUID, mentorName: String, score: Int,
                    reasons: [ScoreReason], pinned: Bool) {
            self.menteeID = menteeID
            self.menteeName = menteeName
            self.mentorID = mentorID
            self.mentorName = mentorName
            self.score = score
            self.reasons = reasons
            self.pinned = pinned
        }
    }

    public struct Unmatched: Codable, Sendable, Hashable {
        public let id: UUID
        public let name: String
        public let reason: String

        public init(id: UUID, name: String, reason: String) {
            self.id = id
            self.name = name
            self.reason = reason
        }
    }

    /// When a trio absorbed the odd person out: who joined which pair, and what it added.
    public struct Trio: Codable, Sendable, Hashable {
        public let pairFirstID: UUID
        public let pairSecondID: UUID
        public let thirdID: UUID
        public let thirdName: String
        public let addedScore: Int

        public init(pairFirstID: UUID, pairSecondID: UUID, thirdID: UUID, thirdName: String, addedScore: Int) {
            self.pairFirstID = pairFirstID
            self.pairSecondID = pairSecondID
            self.thirdID = thirdID
            self.thirdName = thirdName
            self.addedScore = addedScore
        }
    }

    public let objective: MatchObjective
    /// Peer and co-mentoring pools: both people in a pair are peers, not mentee and mentor.
    public var isPeerPool: Bool = false
    public var trio: Trio? = nil
    public let totalScore: Int
    public let menteeCount: Int
    public let seatCount: Int
    public let pairs: [Pair]
    public let unmatched: [Unmatched]
    /// Pins that could not be honoured (the pair is ineligible or the mentor is full).
    public let ignoredPins: [String]

    public init(objective: MatchObjective, totalScore: Int, menteeCount: Int, seatCount: Int, pairs: [Pair],
                unmatched: [Unmatched], ignoredPins: [String]) {
        self.objective = objective
        self.totalScore = totalScore
        self.menteeCount = menteeCount
        self.seatCount = seatCount
        self.pairs = pairs
        self.unmatched = unmatched
        self.ignoredPins = ignoredPins
    }

    public var matched: Int { pairs.count }
    public var averageScore: Int { pairs.isEmpty ? 0 : Int((Double(totalScore) / Double(pairs.count)).rounded()) }
    /// Percent of mentees matched.
    public var coverage: Int { menteeCount == 0 ? 0 : Int((100 * Double(pairs.count) / Double(menteeCount)).rounded()) }
}
