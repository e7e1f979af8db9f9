import Fluent
import Foundation
import TandemCore
import Vapor

/// Aggregates only: every figure obeys the anonymity threshold (fewer than 5 people shows none),
/// overall and in each role split, and moves only in steps of 5 people while the survey is open. Named answers appear only for surveys that told respondents so.
struct SurveyResultsContext: Encodable {
    struct Figure: Encodable {
        let hidden: Bool
        let answers: String
        /// Nil for choices and texts, whose rows say it all.
        let headline: String?
        let rows: [Row]
        let texts: [String]
        let hasRows: Bool
        let hasTexts: Bool

        init(hidden: Bool, answers: String, headline: String?, rows: [Row], texts: [String]) {
            (self.hidden, self.answers, self.headline, self.rows, self.texts) = (hidden, answers, headline, rows, texts)
            hasRows = !rows.isEmpty
            hasTexts = !texts.isEmpty
        }
    }
    struct Row: Encodable {
        let label: String
        let count: Int
        let percent: String
    }
    struct Split: Encodable {
        let role: String
        let figure: Figure
    }
    struct Question: Encodable {
        let number: Int
        let prompt: String
        let kind: String
        let about: String
        /// "Everyone" first, then each role on its own.
        let splits: [Split]
    }
    struct Named: Encodable {
        let person: String
        let question: String
        let answer: String
    }
    let chrome: PageChrome
    let programmeName: String
    let listURL: String
    let title: String
    let intro: String
    let trigger: String
    let anonymous: Bool
    let isClosed: Bool
    let closeURL: String
    /// How many people answered, in released steps and never below the threshold.
    let answeredText: String
    /// Nil once the survey is closed and the figures are final.
    let releaseNote: String?
    let threshold: Int
    let questions: [Question]
    let named: [Named]
    let hasNamed: Bool
}

enum SurveyResultsPage {
    static func render(_ req: Request, programme: Programme, survey: Survey) async throws -> Response {
        let results = try await SurveyResultsQueries.results(for: survey, on: req.db)
        let (report, release, named) = (results.report, results.release, results.named)
        let keyed = results.questions.compactMap { q in q.id.map { (id: $0.uuidString, question: q.valid) } }
        let base = "/programmes/\(try programme.requireID())/surveys"
        return try await req.page("surveys/results", SurveyResultsContext(
            chrome: PageChrome(request: req, title: survey.title, section: "programmes"),
            programmeName: programme.name, listURL: base, title: survey.title, intro: survey.intro,
            trigger: SurveyText.trigger(survey), anonymous: survey.anonymous, isClosed: survey.closedAt != nil,
            closeURL: "\(base)/\(try survey.requireID())/close", answeredText: release.answeredText,
            releaseNote: SurveyRelease.explanation(for: release),
            threshold: SurveyAggregator.anonymityThreshold,
            questions: keyed.enumerated().map { index, q in
                SurveyResultsContext.Question(
                    number: index + 1, prompt: q.question.prompt, kind: q.question.kind.label, about: q.question.about.label,
                    splits: [.init(role: "Everyone", figure: SurveyFigures.figure(report.overall[q.id] ?? .hidden, question: q.question))]
                        + report.byRole.map { split in
                            .init(role: split.role.label, figure: SurveyFigures.figure(split.summaries[q.id] ?? .hidden, question: q.question))
                        })
            },
            named: named, hasNamed: !named.isEmpty))
    }
}
