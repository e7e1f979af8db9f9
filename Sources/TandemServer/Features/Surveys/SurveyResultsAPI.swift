import Foundation
import TandemCore
import Vapor

/// Survey results as the API shows them: snake_case, and a hidden figure says only
/// `"hidden": true`, with no count (docs/rules.md: the threshold covers every figure).
struct SurveyResultsBody: Content {
    struct Figure: Content {
        var hidden = true
        var answer_count: Int?
        var mean: Double?
        var distribution: [Int]?
        var nps: Int?
        var promoters: Int?
        var passives: Int?
        var detractors: Int?
        var choices: [Choice]?
        var texts: [String]?
    }
    struct Choice: Content {
        let option: String
        let count: Int
    }
    struct RoleFigure: Content {
        let role: String
        let figure: Figure
    }
    struct Question: Content {
        let question_id: UUID
        let prompt: String
        let kind: String
        let overall: Figure
        let by_role: [RoleFigure]
    }
    struct Named: Content {
        let name: String
        let question: String
        let answer: String
    }

    let survey_id: UUID
    let anonymous: Bool
    let anonymity_threshold: Int
    /// People who answered, in released steps; absent below the anonymity threshold.
    let response_count: Int?
    /// Distinct people the figures cover: a multiple of the threshold until the survey closes.
    let released_count: Int
    /// True once the survey is closed and the figures cover everyone.
    let final: Bool
    let questions: [Question]
    let named_answers: [Named]

    static func figure(_ s: QuestionSummary?) -> Figure {
        guard let s, !s.isHidden else { return Figure() }
        var f = Figure(hidden: false, answer_count: s.answerCount)
        switch s.result {
        case .tooFew: return Figure()
        case let .rating(mean, distribution): (f.mean, f.distribution) = (mean, distribution)
        case let .nps(score, promoters, passives, detractors): (f.nps, f.promoters, f.passives, f.detractors) = (score, promoters, passives, detractors)
        case let .choices(counts): f.choices = counts.map { Choice(option: $0.option, count: $0.count) }
        case let .texts(texts): f.texts = texts
        }
        return f
    }
}
