import Foundation
import TandemCore

/// Turns a `QuestionSummary` into rows a template can show without logic.
enum SurveyFigures {
    static func figure(_ s: QuestionSummary, question: ValidSurveyQuestion) -> SurveyResultsContext.Figure {
        let count = s.answerCount ?? 0
        let answers = "\(count) answer\(count == 1 ? "" : "s")"
        switch s.result {
        case .tooFew:
            return .init(hidden: true, answers: "", headline: "Fewer than \(SurveyAggregator.anonymityThreshold) people have answered", rows: [], texts: [])
        case let .rating(mean, distribution):
            let rows = distribution.enumerated().map { row("\($0.offset + 1)", $0.element, of: count) }
            return .init(hidden: false, answers: answers, headline: "Average \(QuestionSummary.text(mean: mean)) out of 5", rows: rows, texts: [])
        case let .nps(score, promoters, passives, detractors):
            let rows = [row("Promoters (9–10)", promoters, of: count), row("Passives (7–8)", passives, of: count), row("Detractors (0–6)", detractors, of: count)]
            return .init(hidden: false, answers: answers, headline: "NPS \(score > 0 ? "+" : "")\(score)", rows: rows, texts: [])
        case let .choices(choices):
            return .init(hidden: false, answers: answers, headline: nil, rows: choices.map { row($0.option, $0.count, of: count) }, texts: [])
        case let .texts(texts):
            return .init(hidden: false, answers: answers, headline: nil, rows: [], texts: texts)
        }
    }

    static func row(_ label: String, _ value: Int, of total: Int) -> SurveyResultsContext.Row {
        let percent = total > 0 ? Int((Double(value) * 100 / Double(total)).rounded()) : 0
        return .init(label: label, count: value, percent: "\(percent)%")
    }

    static func text(_ value: SurveyAnswerValue) -> String {
        switch value {
        case let .rating(n): "\(n) of 5"
        case let .nps(n): "\(n) of 10"
        case let .choice(option): option
        case let .text(text): text
        }
    }
}
