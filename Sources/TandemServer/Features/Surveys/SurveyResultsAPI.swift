import Foundation
import TandemCore
import Vapor

/// Survey results as the API shows them (snake_case on the wire, through `APICoding`); a hidden figure says only
/// `"hidden": true`, with no count (docs/rules.md: the threshold covers every figure).
struct SurveyResultsBody: APIContent {
    struct Figure: APIContent {
        var hidden = true
        var answerCount: Int?
        var mean: Double?
        var distribution: [Int]?
        var nps: Int?
        var promoters: Int?
        var passives: Int?
        var detractors: Int?
        var choices: [Choice]?
        var texts: [String]?
    }
    struct Choice: APIContent {
        let option: String
        let count: Int
    }
    struct RoleFigure: APIContent {
        let role: String
        let figure: Figure
    }
    struct Question: APIContent {
        let questionID: UUID
        let prompt: String
        let kind: String
        let overall: Figure
        let byRole: [RoleFigure]
    }
    struct Named: APIContent {
        let name: String
        let question: String
        let answer: String
    }

    let surveyID: UUID
    let anonymous: Bool
    let anonymityThreshold: Int
    /// People who answered, in released steps; absent below the anonymity threshold.
    let responseCount: Int?
    /// Distinct people the figures cover: a multiple of the threshold until the survey closes.
    let releasedCount: Int
    /// True once the survey is closed and the figures cover everyone.
    let final: Bool
    let questions: [Question]
    let namedAnswers: [Named]

    /// The survey's figures as `results` releases them.
    static func of(_ survey: Survey, _ results: SurveyResults) throws -> SurveyResultsBody {
        let (report, release) = (results.report, results.release)
        return SurveyResultsBody(
            surveyID: try survey.requireID(), anonymous: survey.anonymous, anonymityThreshold: SurveyAggregator.anonymityThreshold,
            responseCount: release.shownCount, releasedCount: release.shownCount ?? 0, final: release.isFinal,
            questions: results.questions.compactMap { q in
                guard let id = q.id else { return nil }
                return .init(questionID: id, prompt: q.prompt, kind: q.kind.rawValue,
                             overall: figure(report.overall[id.uuidString]),
                             byRole: report.byRole.map { .init(role: $0.role.rawValue, figure: figure($0.summaries[id.uuidString])) })
            },
            namedAnswers: results.named.map { .init(name: $0.person, question: $0.question, answer: $0.answer) })
    }

    static func figure(_ s: QuestionSummary?) -> Figure {
        guard let s, !s.isHidden else { return Figure() }
        var f = Figure(hidden: false, answerCount: s.answerCount)
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
