/// The figures for one question in one group of respondents. Below the anonymity threshold the
/// result is `.tooFew` and carries no figures at all, not even the number of answers, so nothing
/// under the threshold can be shown or exported by mistake (docs/rules.md "Surveys").
public struct QuestionSummary: Sendable, Hashable, Codable {
    /// Usable answers in the group; nil when the result is hidden.
    public let answerCount: Int?
    public let result: Result

    /// A hidden result drops `answerCount`, whatever was passed.
    public init(answerCount: Int, result: Result) {
        self.answerCount = result == .tooFew ? nil : answerCount
        self.result = result
    }

    /// The hidden summary: the page says "fewer than 5 answers".
    public static let hidden = QuestionSummary(answerCount: 0, result: .tooFew)

    public var isHidden: Bool { result == .tooFew }

    public enum Result: Sendable, Hashable, Codable {
        /// Fewer answers than `SurveyAggregator.anonymityThreshold`.
        case tooFew
        /// `distribution[0]` counts the 1s, up to `distribution[4]` for the 5s. Show the mean
        /// with `QuestionSummary.text(mean:)`.
        case rating(mean: Double, distribution: [Int])
        /// `score` is % promoters (9–10) minus % detractors (0–6), rounded; passives are 7–8.
        case nps(score: Int, promoters: Int, passives: Int, detractors: Int)
        /// One count per option, in the question's option order, zeros included.
        case choices([ChoiceCount])
        /// Sorted, so their order cannot hint at who wrote which.
        case texts([String])
    }

    public struct ChoiceCount: Sendable, Hashable, Codable {
        public let option: String
        public let count: Int

        public init(option: String, count: Int) {
            self.option = option
            self.count = count
        }
    }

    /// A mean to one decimal place, halves rounded up: 4.25 → "4.3".
    public static func text(mean: Double) -> String {
        let tenths = Int((mean * 10).rounded(.toNearestOrAwayFromZero))
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
