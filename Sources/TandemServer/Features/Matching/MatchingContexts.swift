import Foundation
import TandemCore

struct MatchingHomeContext: Encodable {
    struct RunRow: Encodable {
        let url: String
        let created: String
        let objective: String
        let status: String
        let summary: String
    }
    let chrome: PageChrome
    let programmeID: String
    let programmeName: String
    let canRun: Bool
    let whyNot: String
    let isPeerPool: Bool
    let objectives: [Choice]
    let menteeCount: Int
    let mentorCount: Int
    let runs: [RunRow]
    let hasRuns: Bool
}

struct MatchRunContext: Encodable {
    struct Reason: Encodable {
        let points: Int
        let sentence: String
    }
    struct PairRow: Encodable {
        let field: String
        let menteeName: String
        let mentorName: String
        let score: Int
        let pinned: Bool
        let reasons: [Reason]
    }
    struct UnmatchedRow: Encodable {
        let name: String
        let reason: String
    }
    let chrome: PageChrome
    let programmeID: String
    let programmeName: String
    let runID: String
    let objective: String
    let objectiveValue: String
    let objectiveNote: String
    let inProgress: Bool
    let progress: Int
    let failed: Bool
    let error: String
    let approved: Bool
    /// "This run is approved: …", for approved runs only.
    let approvedNote: String?
    /// Left out at approval because they changed since the solve.
    let skipped: [SkippedMatch]
    let hasSkipped: Bool
    let canApprove: Bool
    let totalScore: Int
    let averageScore: Int
    let coverage: Int
    let matched: Int
    let menteeCount: Int
    let seatCount: Int
    let pairs: [PairRow]
    let hasPairs: Bool
    let unmatched: [UnmatchedRow]
    let hasUnmatched: Bool
    let ignoredPins: Int
    let hasIgnoredPins: Bool
    let isPeerPool: Bool
    let allowTrio: Bool
    let trio: String?
}

enum ObjectiveText {
    static func label(_ o: MatchObjective) -> String {
        switch o {
        case .score: "Best total fit"
        case .coverage: "Match as many people as possible"
        case .stable: "Stable matching"
        }
    }

    static func note(_ o: MatchObjective) -> String {
        switch o {
        case .score: "Maximises the sum of match scores. Exactly optimal; some people may stay unmatched when no good partner is free."
        case .coverage: "First matches as many people as possible, then maximises the total score among those matchings. Exactly optimal."
        case .stable: "No mentee and mentor would both rather be with each other (mentees propose). Not optimal by design: the total score can be lower than the other objectives."
        }
    }
}
