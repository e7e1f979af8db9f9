/// One criterion's contribution to a score, with a sentence a person can read.
public struct ScoreReason: Sendable, Codable, Hashable {
    public let criterion: String
    public let points: Int
    public let sentence: String

    public init(criterion: String, points: Int, sentence: String) {
        self.criterion = criterion
        self.points = points
        self.sentence = sentence
    }
}

/// The hard constraint that rules a pair out. Codes: `same_person`, `manager`,
/// `no_common_language`, `excluded_departments`, `at_capacity`.
public struct Ineligibility: Sendable, Codable, Hashable {
    public let code: String
    public let sentence: String

    public init(code: String, sentence: String) {
        self.code = code
        self.sentence = sentence
    }
}

/// A pair's score from 0 to 100, the reasons behind it (largest first) and, for an ineligible
/// pair, why. Ineligible pairs still carry the score they would have had, for explanations.
public struct PairScore: Sendable, Codable, Hashable {
    public let score: Int
    public let reasons: [ScoreReason]
    public let ineligibility: Ineligibility?

    public var isEligible: Bool { ineligibility == nil }

    public init(score: Int, reasons: [ScoreReason], ineligibility: Ineligibility?) {
        self.score = score
        self.reasons = reasons
        self.ineligibility = ineligibility
    }
}
